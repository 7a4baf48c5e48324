package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.openmemory.OpenMemoryBodies.ImportBody;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.ImportMemory;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.ImportProfile;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.StoreBody;
import dev.engram.api.compat.openmemory.OpenMemoryViews.AgentView;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Exported;
import dev.engram.api.compat.openmemory.OpenMemoryViews.ImportError;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Imported;
import dev.engram.api.compat.openmemory.OpenMemoryViews.MemoryView;
import dev.engram.api.compat.profile.AgentProfiles;
import dev.engram.api.openapi.OpenMemoryOperations;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenMemory backup and restore: {@code GET /api/v1/export} returns the app's active memories and
 * live agent profiles as one JSON document; {@code POST /api/v1/import} takes that document as it
 * is. Both need a key with the admin scope, like the native export and import. Import is idempotent
 * by {@code memory_id}: a memory whose id the app already holds is skipped; an id that is not an
 * Engram id ({@code mem_…}) gets a new one and is kept in {@code metadata.openmemory_id}. Imported
 * memories are stored as they are (no resolution); {@code created_at} becomes {@code valid_from}.
 */
@OpenMemoryOperations
@Controller("/api/v1")
@Tag(name = "Compatibility: OpenMemory")
final class OpenMemoryTransferController {
  static final int PAGE = 1000;
  static final int MAX_EXPORT = 100_000;

  private final MemoryReader reader;
  private final MemoryWriter writer;
  private final AgentProfiles profiles;
  private final Clock clock;

  OpenMemoryTransferController(
      MemoryReader reader, MemoryWriter writer, AgentProfiles profiles, Clock clock) {
    this.reader = reader;
    this.writer = writer;
    this.profiles = profiles;
    this.clock = clock;
  }

  /** Every active memory of the app (up to 100,000; the native NDJSON export has no bound). */
  @Operation(operationId = "openMemoryExport")
  @Get("/export")
  @Secured("admin")
  Exported export(@Parameter(hidden = true) AppScope scope) {
    List<MemoryView> memories = new ArrayList<>();
    for (int offset = 0; offset < MAX_EXPORT; offset += PAGE) {
      MemoryFilter.Page page =
          reader.list(
              scope.appId(),
              MemoryFilter.allUsers(),
              new MemoryFilter.Sort(MemoryFilter.SortKey.CREATED_AT, false),
              PAGE,
              offset);
      page.memories().forEach(m -> memories.add(OpenMemoryMapping.view(m, null)));
      if (page.memories().size() < PAGE) {
        break;
      }
    }
    List<AgentView> agents =
        profiles.all(scope.appId()).stream()
            .map(p -> OpenMemoryAgentController.view(scope.appId(), p, reader))
            .toList();
    return new Exported(
        OpenMemoryViews.SUCCESS, "1", clock.instant(), memories.size(), memories, agents);
  }

  /** Imports an export; every item is checked before anything is stored. */
  @Operation(operationId = "openMemoryImport")
  @Post("/import")
  @Secured("admin")
  Imported importAll(@Parameter(hidden = true) AppScope scope, @Body ImportBody body) {
    List<ImportMemory> items = body.memories() == null ? List.of() : body.memories();
    List<ImportProfile> agents = body.agentProfiles() == null ? List.of() : body.agentProfiles();
    List<NewMemory> batch = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < items.size(); i++) {
      String prefix = "memories[" + i + "].";
      ImportMemory item = items.get(i);
      if (item == null) {
        throw MemoryException.invalid("memories[" + i + "]", "must not be null");
      }
      Map<String, Object> metadata =
          item.metadata() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(item.metadata());
      metadata.remove(OpenMemoryMapping.REINFORCEMENT_COUNT);
      String id = item.memoryId();
      if (id != null && !MemoryValidator.MEMORY_ID.matcher(id).matches()) {
        metadata.put("openmemory_id", id);
        id = null;
      }
      if (id != null && exists(scope.appId(), id)) {
        skipped++;
        continue;
      }
      NewMemory m =
          OpenMemoryMapping.newMemory(
              prefix,
              new StoreBody(
                  item.agentId(),
                  item.callerId(),
                  item.content(),
                  metadata,
                  null,
                  metadataImportance(item)));
      batch.add(
          new NewMemory(
              id,
              m.userId(),
              m.sessionId(),
              m.agentId(),
              m.runId(),
              m.type(),
              m.content(),
              m.context(),
              m.category(),
              m.tags(),
              m.importance(),
              m.metadata(),
              item.createdAt(),
              null,
              m.sources()));
    }
    Instant now = clock.instant();
    for (int i = 0; i < agents.size(); i++) {
      ImportProfile p = agents.get(i);
      if (p == null) {
        throw MemoryException.invalid("agent_profiles[" + i + "]", "must not be null");
      }
      OpenMemoryMapping.required("agent_profiles[" + i + "].agent_id", p.agentId());
      OpenMemoryMapping.required("agent_profiles[" + i + "].caller_id", p.callerId());
    }
    if (!batch.isEmpty()) {
      writer.validateBatch(batch);
      writer.add(scope.appId(), scope.keyId(), batch);
    }
    int imported = 0;
    for (ImportProfile p : agents) {
      if (p.expiresAt() != null && !p.expiresAt().isAfter(now)) {
        continue;
      }
      long hours =
          p.expiresAt() == null ? 24 : Math.max(1, Duration.between(now, p.expiresAt()).toHours());
      profiles.put(
          scope.appId(), p.agentId(), p.callerId(), p.profileData(), (int) Math.min(hours, 8760));
      imported++;
    }
    return new Imported(
        OpenMemoryViews.SUCCESS, batch.size(), skipped, imported, 0, List.<ImportError>of());
  }

  /** {@code importance} of the exported item, which also sits in its metadata: one value. */
  private static Integer metadataImportance(ImportMemory item) {
    return item.importance();
  }

  private boolean exists(String appId, String id) {
    try {
      Memory ignored = reader.get(appId, id);
      return true;
    } catch (MemoryException e) {
      return false;
    }
  }
}
