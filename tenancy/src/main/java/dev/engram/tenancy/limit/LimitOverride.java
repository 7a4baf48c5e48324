package dev.engram.tenancy.limit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Limits set for one organization or key; a null column takes the default. */
@MappedEntity("limit_overrides")
record LimitOverride(
    @Id String id,
    String subjectType,
    String subjectId,
    @Nullable Integer requestsPerSecond,
    @Nullable Long memoriesPerApp,
    @Nullable Long storageMbPerApp,
    @Nullable Long llmCallsPerDay,
    Instant updatedAt) {

  static String idOf(String subjectType, String subjectId) {
    return subjectType + ":" + subjectId;
  }
}
