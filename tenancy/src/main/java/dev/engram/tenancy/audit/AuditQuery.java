package dev.engram.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Filters of the audit log; every one optional. Newest first, {@code limit} at a time; {@code
 * before} is the cursor (the {@code at} of the last event of the previous page, with {@code
 * beforeId} its id).
 */
public record AuditQuery(
    @Nullable String orgId,
    @Nullable String actor,
    @Nullable String action,
    @Nullable String targetId,
    @Nullable String outcome,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable Instant before,
    @Nullable String beforeId,
    int limit) {}
