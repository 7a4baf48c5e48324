package dev.engram.memory.ingest;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages of one user to draw memories from.
 *
 * @param id the conversation id recorded as provenance (the task id, or the caller's session)
 * @param userId whose memories they become
 * @param sessionId the caller's session, if any
 * @param agentId the agent that took part, if any
 * @param messages in the order they were said; every message has an id
 * @param metadata the caller's, attached to every memory drawn from the conversation (empty when
 *     none)
 */
public record Conversation(
    String id,
    String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    List<Message> messages,
    Map<String, Object> metadata) {
  public Conversation {
    requireNonNull(id, "id is null");
    requireNonNull(userId, "userId is null");
    messages = List.copyOf(requireNonNull(messages, "messages is null"));
    // insertion order kept; values may be null, so not Map.copyOf
    metadata =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(metadata, "metadata is null")));
  }

  /** A conversation without metadata. */
  public Conversation(
      String id,
      String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      List<Message> messages) {
    this(id, userId, sessionId, agentId, messages, Map.of());
  }
}
