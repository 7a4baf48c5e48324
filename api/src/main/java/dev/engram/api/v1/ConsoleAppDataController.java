package dev.engram.api.v1;

import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.api.stream.ExportStream;
import dev.engram.api.v1.IngestBodies.TaskView;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.UserScope;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.transfer.MemoryTransfer;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.apikey.ApiKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;

/** An app's numbers, its memory users, recent tasks and the NDJSON export, for the web console. */
@ConsoleOperations
@Controller("/admin/v1/apps/{appId}")
@Secured({ConsoleAccess.PLATFORM_ADMIN, ConsoleAccess.TENANT_ADMIN, ConsoleAccess.TENANT_VIEWER})
@Tag(name = "Console: memories")
final class ConsoleAppDataController {
  /** How many recent memories the user picker looks through. */
  static final int USER_SCAN = MemoryReader.MAX_PAGE;

  static final int MAX_TASKS = 200;

  private final ConsoleAccess access;
  private final MemoryReader reader;
  private final TaskRepository tasks;
  private final ApiKeys keys;
  private final MemoryTransfer transfer;
  private final ExecutorService writers;
  private final Clock clock;

  ConsoleAppDataController(
      ConsoleAccess access,
      MemoryReader reader,
      TaskRepository tasks,
      ApiKeys keys,
      MemoryTransfer transfer,
      @Named(TaskExecutors.BLOCKING) ExecutorService writers,
      Clock clock) {
    this.access = access;
    this.reader = reader;
    this.tasks = tasks;
    this.keys = keys;
    this.transfer = transfer;
    this.writers = writers;
    this.clock = clock;
  }

  /**
   * The app's numbers.
   *
   * @param memories active memories
   * @param superseded memories replaced by a newer version
   * @param deleted memories marked deleted
   * @param users distinct users among the latest memories (up to 1,000 looked at)
   * @param tasks background tasks ever created
   * @param activeKeys API keys neither revoked nor expired
   */
  @Serdeable
  record AppStats(
      long memories, long superseded, long deleted, int users, int tasks, int activeKeys) {}

  /** Users with memories in the app, by id prefix. */
  @Serdeable
  record MemoryUsers(List<String> users, boolean truncated) {}

  @Operation(operationId = "getAppStats")
  @Get("/stats")
  AppStats stats(@Parameter(hidden = true) Actor actor, String appId) {
    access.read(actor, appId);
    var now = clock.instant();
    return new AppStats(
        count(appId, MemoryStatus.ACTIVE),
        count(appId, MemoryStatus.SUPERSEDED),
        count(appId, MemoryStatus.DELETED),
        userIds(appId, "").size(),
        tasks.count(appId),
        (int)
            keys.list(actor, appId).stream()
                .filter(k -> !k.isRevoked() && !k.isExpired(now))
                .count());
  }

  /** Ids of users with memories (any status), filtered by prefix, sorted, at most {@code limit}. */
  @Operation(operationId = "listAppMemoryUsers")
  @Get("/memory-users")
  MemoryUsers users(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue String prefix,
      @Nullable @QueryValue Integer limit) {
    access.read(actor, appId);
    int max = limit == null ? 50 : limit;
    if (max < 1 || max > 500) {
      throw MemoryException.invalid("limit", "must be between 1 and 500");
    }
    Set<String> ids = userIds(appId, prefix == null ? "" : prefix);
    return new MemoryUsers(ids.stream().limit(max).toList(), ids.size() > max);
  }

  /** The app's most recent ingestion and summary tasks, newest first. */
  @Operation(operationId = "listAppTasks")
  @Get("/tasks")
  List<TaskView> tasks(
      @Parameter(hidden = true) Actor actor, String appId, @Nullable @QueryValue Integer limit) {
    access.read(actor, appId);
    int max = limit == null ? 50 : limit;
    if (max < 1 || max > MAX_TASKS) {
      throw MemoryException.invalid("limit", "must be between 1 and " + MAX_TASKS);
    }
    return tasks.recent(appId, max).stream().map(TaskView::of).toList();
  }

  /** Every memory of the app with its events and relations, as NDJSON (like {@code /v1/export}). */
  @Operation(operationId = "exportAppMemories")
  @Get("/export")
  @Produces("application/x-ndjson")
  HttpResponse<StreamedFile> export(@Parameter(hidden = true) Actor actor, String appId) {
    access.write(actor, appId);
    ExportStream in =
        ExportStream.start(
            writers, "console export of app " + appId, out -> transfer.export(appId, out));
    return HttpResponse.ok(new StreamedFile(in, MediaType.of("application/x-ndjson")))
        .header("Content-Disposition", "attachment; filename=\"engram-" + appId + ".ndjson\"");
  }

  private long count(String appId, MemoryStatus status) {
    MemoryFilter filter =
        new MemoryFilter(
            new UserScope.AllUsers(),
            null,
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            Map.of(),
            Set.of(status));
    return reader.list(appId, filter, MemoryFilter.Sort.NEWEST_FIRST, 1, 0).total();
  }

  private Set<String> userIds(String appId, String prefix) {
    MemoryFilter filter =
        new MemoryFilter(
            new UserScope.AllUsers(),
            null,
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            Map.of(),
            EnumSet.allOf(MemoryStatus.class));
    Set<String> ids = new TreeSet<>();
    for (Memory m :
        reader.list(appId, filter, MemoryFilter.Sort.NEWEST_FIRST, USER_SCAN, 0).memories()) {
      if (m.userId().startsWith(prefix)) {
        ids.add(m.userId());
      }
    }
    return ids;
  }
}
