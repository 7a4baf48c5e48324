package dev.engram.memory.ingest;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Messages of one user to draw memories from.
 *
 * @param id the conversation id recorded as provenance (the task id, or the caller's session)
 * @param userId whose memories they become
 * @param sessionId the caller's session, if any
 * @param agentId the agent that took part, if any
 * @param messages in the order they were said; every message has an id
 */
public record Conversation(
    String id,
    String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    List<Message> messages) {
  public Conversation {
    requireNonNull(id, "id is null");
    requireNonNull(userId, "userId is null");
    messages = List.copyOf(requireNonNull(messages, "messages is null"));
  }
}
