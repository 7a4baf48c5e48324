package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.CompatException;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.ShortSearchBody;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.ShortStoreBody;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Reinforced;
import dev.engram.api.compat.openmemory.OpenMemoryViews.ShortMemory;
import dev.engram.api.compat.openmemory.OpenMemoryViews.ShortSearch;
import dev.engram.api.compat.openmemory.OpenMemoryViews.ShortStored;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Stored;
import dev.engram.api.openapi.OpenMemoryOperations;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short calls OpenMemory clients make (issue #10 § 2): {@code POST /memory/store}, {@code POST
 * /memory/search} (dotted {@code filter} keys: equality on metadata only) and {@code POST
 * /memory/reinforce/{memory_id}}. {@code user_id} is the user; the metadata is kept as sent (its
 * {@code agent_id}, {@code importance}, {@code category} and {@code tags}, when of the right type,
 * also fill the memory's own fields). Statements go through the resolver, except agent profiles
 * ({@code metadata.type = "agent_profile"}), which are stored as they are: each one is a new
 * version, and a search by that filter finds them, newest first without a query.
 */
@OpenMemoryOperations
@Controller("/memory")
@Tag(name = "Compatibility: OpenMemory")
final class OpenMemoryShortController {
  static final String METADATA_PREFIX = "metadata.";
  static final String AGENT_PROFILE = "agent_profile";

  private final OpenMemoryWrites writes;
  private final MemoryWriter writer;
  private final MemoryReader reader;
  private final MemorySearch search;
  private final Clock clock;

  OpenMemoryShortController(
      OpenMemoryWrites writes,
      MemoryWriter writer,
      MemoryReader reader,
      MemorySearch search,
      Clock clock) {
    this.writes = writes;
    this.writer = writer;
    this.reader = reader;
    this.search = search;
    this.clock = clock;
  }

  @Operation(operationId = "openMemoryShortStore")
  @Post("/store")
  @Secured("memories:write")
  HttpResponse<ShortStored> store(
      @Parameter(hidden = true) AppScope scope, @Body ShortStoreBody body) {
    String user = OpenMemoryMapping.required("user_id", body.userId());
    String content = OpenMemoryMapping.required("content", body.content());
    Map<String, Object> metadata = body.metadata() == null ? Map.of() : body.metadata();
    NewMemory memory =
        new NewMemory(
            null,
            user,
            null,
            metadata.get("agent_id") instanceof String s ? s : null,
            null,
            null,
            content,
            null,
            metadata.get("category") instanceof String s ? s : null,
            null,
            importance(metadata.get("importance")),
            metadata,
            null,
            null,
            null);
    if (AGENT_PROFILE.equals(metadata.get("type"))) {
      Memory saved = writer.add(scope.appId(), scope.keyId(), List.of(memory)).get(0);
      return HttpResponse.created(
          new ShortStored(
              OpenMemoryViews.SUCCESS, saved.id(), saved.id(), "created", saved.createdAt()));
    }
    Stored stored = writes.store(scope, List.of(memory)).get(0);
    ShortStored out =
        new ShortStored(
            OpenMemoryViews.SUCCESS,
            stored.memoryId(),
            stored.memoryId(),
            stored.action(),
            stored.createdAt());
    return HttpResponse.status(
            stored.action().equals("created") || stored.action().equals("updated")
                ? HttpStatus.CREATED
                : HttpStatus.OK)
        .body(out);
  }

  /**
   * A user's memories: by relevance to {@code query}, or the newest without one; {@code limit}
   * (default 10) and {@code filter} ({@code {"metadata.<key>": value}}, equality on top-level
   * metadata, scalar values only).
   */
  @Operation(operationId = "openMemoryShortSearch")
  @Post("/search")
  @Secured("memories:read")
  ShortSearch search(@Parameter(hidden = true) AppScope scope, @Body ShortSearchBody body) {
    String user = OpenMemoryMapping.required("user_id", body.userId());
    int limit = body.limit() == null ? OpenMemoryController.DEFAULT_LIMIT : body.limit();
    MemoryFilter filter = MemoryFilter.user(user).withMetadata(metadata(body.filter()));
    List<ShortMemory> memories;
    if (body.query() == null || body.query().isBlank()) {
      memories =
          reader
              .list(scope.appId(), filter, MemoryFilter.Sort.NEWEST_FIRST, limit, 0)
              .memories()
              .stream()
              .map(m -> view(m, 1.0))
              .toList();
    } else {
      memories =
          search
              .search(scope.appId(), SearchRequest.of(body.query(), filter, limit))
              .hits()
              .stream()
              .map(h -> view(h.memory(), Math.round(h.relevance() * 1000) / 1000.0))
              .toList();
    }
    return new ShortSearch(OpenMemoryViews.SUCCESS, memories, memories.size());
  }

  /** Counts the memory as seen again (its reinforcement count rises, which raises its score). */
  @Operation(operationId = "openMemoryReinforce")
  @Post("/reinforce/{memoryId}")
  @Secured("memories:write")
  Reinforced reinforce(@Parameter(hidden = true) AppScope scope, String memoryId) {
    Memory reinforced =
        writer.inUnitOfWorkRetryingConflicts(
            3,
            () -> {
              Memory current = reader.get(scope.appId(), memoryId);
              if (current.status() != MemoryStatus.ACTIVE) {
                throw new CompatException(
                    409,
                    "memory_not_active",
                    "memory " + memoryId + " is " + current.status().value(),
                    "memory_id");
              }
              Instant now = clock.instant();
              Memory next =
                  current.toBuilder()
                      .reinforcementCount(current.reinforcementCount() + 1)
                      .lastReinforcedAt(now)
                      .updatedAt(now)
                      .version(current.version() + 1)
                      .build();
              writer.replace(
                  scope.appId(),
                  current,
                  next,
                  MemoryWriter.event(
                      next,
                      EventType.REINFORCE,
                      scope.keyId(),
                      "reinforced by POST /memory/reinforce",
                      List.of(),
                      Map.of("engine", "client"),
                      now),
                  "try again");
              return next;
            });
    writer.indexQuietly(scope.appId(), List.of(reinforced));
    return new Reinforced(
        OpenMemoryViews.SUCCESS, reinforced.id(), reinforced.reinforcementCount());
  }

  /** {@code {"metadata.<key>": scalar}} to metadata equality; anything else is refused. */
  static Map<String, Object> metadata(Map<String, Object> filter) {
    if (filter == null) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : filter.entrySet()) {
      String field = "filter." + e.getKey();
      if (!e.getKey().startsWith(METADATA_PREFIX)) {
        throw new CompatException(
            400,
            "invalid_filter",
            field + ": only metadata equality is supported, as \"metadata.<key>\": value",
            field);
      }
      String key = e.getKey().substring(METADATA_PREFIX.length());
      if (key.isEmpty() || !MemoryValidator.isSafeKey(key)) {
        throw new CompatException(
            400,
            "invalid_filter",
            field + ": the key after 'metadata.' must be one top-level key (no '.', no '$')",
            field);
      }
      Object value = e.getValue();
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new CompatException(
            400,
            "invalid_filter",
            field + ": must be a string, number or boolean (equality only, no operators)",
            field);
      }
      out.put(key, value);
    }
    return out;
  }

  private static ShortMemory view(Memory m, double score) {
    return new ShortMemory(m.id(), m.id(), m.content(), score, m.metadata(), m.createdAt());
  }

  private static Integer importance(Object value) {
    return value instanceof Integer i && i >= 1 && i <= 10 ? i : null;
  }
}
