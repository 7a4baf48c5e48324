package dev.engram.tenancy.limit;

import io.micronaut.core.annotation.Nullable;

/**
 * New overrides; a null field goes back to the default.
 *
 * @param requestsPerSecond for an organization (all its keys) or a key
 * @param memoriesPerApp organizations only
 * @param storageMbPerApp organizations only
 * @param llmCallsPerDay organizations only
 */
public record LimitChange(
    @Nullable Integer requestsPerSecond,
    @Nullable Long memoriesPerApp,
    @Nullable Long storageMbPerApp,
    @Nullable Long llmCallsPerDay) {}
