package dev.engram.analytics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Learning history and analytics.
 *
 * @param retention how far back history can be queried; a time range reaching further back is
 *     refused (400 {@code range_over_retention}) and events older than this are not accepted
 * @param maxBatch learning events per {@code POST /v1/learning/events}
 * @param maxEventBytes size of one learning event as JSON
 * @param pruneInterval how often raw history and rollups older than the retention are erased
 */
@ConfigurationProperties("engram.analytics")
public record AnalyticsConfiguration(
    @Bindable(defaultValue = "400d") Duration retention,
    @Bindable(defaultValue = "1000") int maxBatch,
    @Bindable(defaultValue = "16384") int maxEventBytes,
    @Bindable(defaultValue = "6h") Duration pruneInterval) {}
