package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A tool session (seed 000).
 *
 * @param status {@code active} or {@code ended}
 * @param durationS seconds from its start to its end (to now while it is open)
 * @param activity what the tool did during it
 */
public record ToolSession(
    String sessionId,
    String toolId,
    Optional<String> userId,
    Map<String, Object> metadata,
    String status,
    Instant startedAt,
    Optional<Instant> endedAt,
    double durationS,
    SessionActivity activity) {
  public ToolSession {
    userId = Norm.opt(userId);
    metadata = Norm.map(metadata);
    endedAt = Norm.opt(endedAt);
    activity = activity == null ? new SessionActivity(0, Map.of()) : activity;
  }

  /** Whether the session is still open. */
  public boolean active() {
    return "active".equals(status);
  }
}
