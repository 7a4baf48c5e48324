package dev.engram.api.compat.openmemory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the OpenMemory API (seed 003). Unknown fields are refused (400 naming the
 * field), as in the native API; the fields the seed's requests carry are all known.
 */
final class OpenMemoryBodies {
  private OpenMemoryBodies() {}

  /** {@code POST /api/v1/agents}. */
  @Serdeable
  record AgentBody(
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable Map<String, Object> profileData,
      @Nullable Integer ttlHours) {}

  /**
   * {@code POST /api/v1/memories} and each item of a batch. {@code embedding} is accepted and
   * ignored: Engram embeds the content with its own model, so every memory of an app lives in one
   * vector space.
   */
  @Serdeable
  record StoreBody(
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable String content,
      @Nullable Map<String, Object> metadata,
      @Nullable List<Double> embedding,
      @Nullable Integer importance) {}

  /** {@code POST /api/v1/memories/batch}. */
  @Serdeable
  record BatchBody(@Nullable List<StoreBody> memories) {}

  @Serdeable
  record DateRange(@Nullable Instant start, @Nullable Instant end) {}

  @Serdeable
  record SearchFilters(
      @Nullable Integer minImportance,
      @Nullable List<String> categories,
      @Nullable List<String> tags,
      @Nullable DateRange dateRange) {}

  /** {@code POST /api/v1/memories/search}. */
  @Serdeable
  record SearchBody(
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable String query,
      @Nullable SearchFilters filters,
      @Nullable Integer limit,
      @Nullable Double minRelevance) {}

  /** A memory as {@code GET /api/v1/export} writes it; {@code POST /api/v1/import} reads it. */
  @Serdeable
  record ImportMemory(
      @Nullable String memoryId,
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable String content,
      @Nullable Double relevanceScore,
      @Nullable Integer importance,
      @Nullable Map<String, Object> metadata,
      @Nullable Instant createdAt) {}

  @Serdeable
  record ImportProfile(
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable Map<String, Object> profileData,
      @Nullable Instant expiresAt,
      @Nullable Instant createdAt,
      @Nullable Integer memoryCount) {}

  /** {@code POST /api/v1/import}: the body {@code GET /api/v1/export} returns, as it is. */
  @Serdeable
  record ImportBody(
      @Nullable String status,
      @Nullable String version,
      @Nullable Instant exportedAt,
      @Nullable Integer totalCount,
      @Nullable List<ImportMemory> memories,
      @Nullable List<ImportProfile> agentProfiles) {}

  /** {@code POST /memory/store} of OpenMemory clients. */
  @Serdeable
  record ShortStoreBody(
      @Nullable String userId, @Nullable String content, @Nullable Map<String, Object> metadata) {}

  /** {@code POST /memory/search} of OpenMemory clients; {@code filter} holds dotted keys. */
  @Serdeable
  record ShortSearchBody(
      @Nullable String userId,
      @Nullable String query,
      @Nullable Integer limit,
      @Nullable Map<String, Object> filter) {}
}
