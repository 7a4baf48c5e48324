package dev.engram.sdk.model;

import java.util.Map;

/** Totals over the last {@code hours} ({@code GET /v1/metrics/aggregates}). */
public record MetricAggregates(
    int hours, long events, double eventsPerHour, Map<String, Long> byKind) {
  public MetricAggregates {
    byKind = Norm.map(byKind);
  }
}
