package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Map;

/** One hour of {@link MetricsHistory}: the hour's start (UTC) and its events by source. */
public record HourPoint(Instant hour, Map<String, Long> events) {
  public HourPoint {
    events = Norm.map(events);
  }
}
