package dev.engram.sdk.model;

import java.util.List;

/** Events per hour and source over the last {@code hours} ({@code GET /v1/metrics/history}). */
public record MetricsHistory(int hours, List<HourPoint> points) {
  public MetricsHistory {
    points = Norm.list(points);
  }
}
