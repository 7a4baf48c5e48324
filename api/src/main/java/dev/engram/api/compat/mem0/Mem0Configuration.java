package dev.engram.api.compat.mem0;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The mem0 surface.
 *
 * @param syncAddTimeoutSeconds how long an inferred add sent with {@code async_mode: false} waits
 *     for its ingestion to finish before it answers {@code PENDING} with the event id instead
 */
@ConfigurationProperties("engram.compat.mem0")
record Mem0Configuration(
    @Bindable(defaultValue = "30") @Min(1) @Max(600) int syncAddTimeoutSeconds) {}
