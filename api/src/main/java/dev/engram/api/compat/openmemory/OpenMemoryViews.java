package dev.engram.api.compat.openmemory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the OpenMemory API (seed 003), snake_case, {@code status: "success"}. */
final class OpenMemoryViews {
  static final String SUCCESS = "success";

  private OpenMemoryViews() {}

  @Serdeable
  record AgentSaved(
      String status, String agentId, String callerId, Instant expiresAt, Instant createdAt) {}

  @Serdeable
  record AgentView(
      String agentId,
      String callerId,
      Map<String, Object> profileData,
      Instant expiresAt,
      Instant createdAt,
      long memoryCount) {}

  /**
   * A memory. {@code metadata} holds what the client sent plus {@code category}, {@code tags},
   * {@code conversation_id} (from provenance) and {@code reinforcement_count}.
   */
  @Serdeable
  record MemoryView(
      String memoryId,
      @Nullable String agentId,
      String callerId,
      String content,
      @Nullable Double relevanceScore,
      int importance,
      Map<String, Object> metadata,
      Instant createdAt) {}

  @Serdeable
  record Similar(String memoryId, double similarity, String content, int reinforcementCount) {}

  @Serdeable
  record Deduplication(boolean isDuplicate, List<Similar> similarMemories) {}

  /**
   * What storing one memory did.
   *
   * @param action {@code created}, {@code reinforced} (a duplicate: {@code memory_id} is the
   *     existing memory), {@code updated} (a contradicted fact: {@code memory_id} is the new
   *     memory, {@code superseded_memory_id} the old one), {@code deleted} (a retraction) or {@code
   *     skipped}
   */
  @Serdeable
  record Stored(
      String status,
      @Nullable String memoryId,
      String action,
      @Nullable String supersededMemoryId,
      @Nullable Instant createdAt,
      Deduplication deduplication,
      String reason) {}

  @Serdeable
  record BatchStored(String status, List<Stored> results, int totalCount) {}

  @Serdeable
  record SearchResponse(
      String status, String query, List<MemoryView> memories, int totalCount, long searchTimeMs) {}

  @Serdeable
  record ListResponse(
      String status, List<MemoryView> memories, long totalCount, int limit, int offset) {}

  @Serdeable
  record Deleted(String status, String memoryId, Instant deletedAt) {}

  @Serdeable
  record Health(String status, String version, String database, long uptimeSeconds) {}

  @Serdeable
  record Exported(
      String status,
      String version,
      Instant exportedAt,
      int totalCount,
      List<MemoryView> memories,
      List<AgentView> agentProfiles) {}

  @Serdeable
  record ImportError(String field, String message) {}

  @Serdeable
  record Imported(
      String status,
      int imported,
      int skipped,
      int profiles,
      int failed,
      List<ImportError> errors) {}

  /** A memory as OpenMemory clients' short calls read it. */
  @Serdeable
  record ShortMemory(
      String id,
      String memoryId,
      String content,
      double score,
      Map<String, Object> metadata,
      Instant createdAt) {}

  @Serdeable
  record ShortStored(String status, String id, String memoryId, String action, Instant createdAt) {}

  @Serdeable
  record ShortSearch(String status, List<ShortMemory> memories, int totalCount) {}

  @Serdeable
  record Reinforced(String status, String memoryId, int reinforcementCount) {}
}
