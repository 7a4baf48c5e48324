package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One memory search as analytics consumes it.
 *
 * @param appId the app
 * @param userId the user searched
 * @param agentId the agent (or tool) that searched, if known
 * @param results hits returned
 * @param hit whether at least one result scored above the search's threshold
 * @param latencyMs server-side search time in milliseconds
 * @param at when
 */
public record SearchFact(
    String appId,
    @Nullable String userId,
    @Nullable String agentId,
    int results,
    boolean hit,
    double latencyMs,
    Instant at) {
  public SearchFact {
    requireNonNull(appId, "appId is null");
    requireNonNull(at, "at is null");
  }
}
