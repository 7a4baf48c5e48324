package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of an app's event log.
 *
 * @param id event id
 * @param memoryId the memory the event is about
 * @param userId the memory's user (the log is filtered by user like everything else)
 * @param type what happened
 * @param actor who did it: an API key id, {@code resolver}, {@code system}, …
 * @param reason why, in words (for resolver decisions: the rule or the LLM's reason)
 * @param relatedIds other memories involved (the superseded one, the duplicate, …)
 * @param details small structured facts about the change (changed fields, scores)
 * @param at when
 */
public record MemoryEvent(
    String id,
    String memoryId,
    String userId,
    EventType type,
    String actor,
    @Nullable String reason,
    List<String> relatedIds,
    Map<String, Object> details,
    Instant at) {
  public MemoryEvent {
    requireNonNull(id, "id is null");
    requireNonNull(memoryId, "memoryId is null");
    requireNonNull(userId, "userId is null");
    requireNonNull(type, "type is null");
    requireNonNull(actor, "actor is null");
    relatedIds = List.copyOf(requireNonNull(relatedIds, "relatedIds is null"));
    details = Map.copyOf(requireNonNull(details, "details is null"));
    requireNonNull(at, "at is null");
  }
}
