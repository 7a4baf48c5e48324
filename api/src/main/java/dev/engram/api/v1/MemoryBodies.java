package dev.engram.api.v1;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request bodies of the native memory API. Unknown fields are rejected (400 unknown_field). */
final class MemoryBodies {
  private MemoryBodies() {}

  @Serdeable
  record SourceBody(@Nullable String conversationId, @Nullable List<String> messageIds) {}

  /**
   * One memory, or a batch in {@code memories} whose items inherit {@code user_id}, {@code
   * session_id}, {@code agent_id} and {@code run_id} from the top level when they omit them. {@code
   * resolve} (top level, default true) compares each statement with the user's memories first
   * (reinforce, supersede, delete); false stores every statement as new.
   */
  @Serdeable
  record MemoryBody(
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable String runId,
      @Nullable String type,
      @Nullable String content,
      @Nullable String context,
      @Nullable String category,
      @Nullable List<String> tags,
      @Nullable Integer importance,
      @Nullable Map<String, Object> metadata,
      @Nullable Instant validFrom,
      @Nullable Instant expiresAt,
      @Nullable Long ttlSeconds,
      @Nullable List<SourceBody> sources,
      @Nullable List<MemoryBody> memories,
      @Nullable Boolean resolve) {}

  @Serdeable
  record PatchBody(
      @Nullable String content,
      @Nullable String context,
      @Nullable String type,
      @Nullable String category,
      @Nullable List<String> tags,
      @Nullable Integer importance,
      @Nullable Map<String, Object> metadata,
      @Nullable Instant validFrom,
      @Nullable Instant validTo,
      @Nullable Instant expiresAt,
      @Nullable Long expectedVersion) {}

  @Serdeable
  record DateRange(@Nullable Instant start, @Nullable Instant end) {}

  @Serdeable
  record FiltersBody(
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable String runId,
      @Nullable List<String> types,
      @Nullable List<String> categories,
      @Nullable List<String> tags,
      @Nullable Integer minImportance,
      @Nullable DateRange dateRange,
      @Nullable Instant validAt,
      @Nullable Map<String, Object> metadata,
      @Nullable List<String> statuses) {}

  @Serdeable
  record SearchBody(
      @Nullable String query,
      @Nullable String userId,
      @Nullable Integer limit,
      @Nullable Double similarityThreshold,
      @Nullable Double compositeThreshold,
      @Nullable FiltersBody filters,
      @Nullable String mode,
      @Nullable Boolean exact) {}

  @Serdeable
  record RelationBody(@Nullable String targetId, @Nullable String type) {}
}
