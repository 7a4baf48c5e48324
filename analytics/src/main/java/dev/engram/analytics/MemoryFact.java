package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One memory event as analytics consumes it. The memory engine's event log is translated into these
 * facts by the application (analytics never reads the engine's tables or types).
 *
 * @param appId the app
 * @param eventId the memory event's id (recorded once: see {@link
 *     LearningHistory#recordMemoryFacts})
 * @param memoryId the memory
 * @param userId the memory's user; absent for expiries of memories already purged
 * @param agentId the memory's agent, if any
 * @param category the memory's category, if any
 * @param change what happened
 * @param engine who decided ({@code rules}, {@code llm}), for resolver decisions
 * @param actor an API key id, {@code resolver}, {@code system}, …
 * @param at when
 */
public record MemoryFact(
    String appId,
    String eventId,
    String memoryId,
    @Nullable String userId,
    @Nullable String agentId,
    @Nullable String category,
    MemoryChange change,
    @Nullable String engine,
    String actor,
    Instant at) {
  public MemoryFact {
    requireNonNull(appId, "appId is null");
    requireNonNull(eventId, "eventId is null");
    requireNonNull(memoryId, "memoryId is null");
    requireNonNull(change, "change is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(at, "at is null");
  }
}
