package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Map;

/**
 * This hour's activity of the app ({@code GET /v1/metrics/current}).
 *
 * @param at when it was read
 * @param hour the start of this hour (UTC)
 * @param eventsThisHour events (memory, learning and search) this hour
 * @param eventsPreviousHour events the hour before
 * @param eventsPerSecond this hour's events per second so far
 * @param bySource this hour's events by source
 * @param activeAgentsToday agents with events today (UTC)
 * @param activeSessions open tool sessions
 */
public record CurrentMetrics(
    Instant at,
    Instant hour,
    long eventsThisHour,
    long eventsPreviousHour,
    double eventsPerSecond,
    Map<String, Long> bySource,
    long activeAgentsToday,
    long activeSessions) {
  public CurrentMetrics {
    bySource = Norm.map(bySource);
  }
}
