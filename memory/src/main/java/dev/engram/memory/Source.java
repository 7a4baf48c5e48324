package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Provenance: where a memory came from, a conversation and the messages in it.
 *
 * @param conversationId the conversation (or session, or document) id, when known
 * @param messageIds ids of the messages the memory was drawn from (e.g. LoCoMo {@code D1:3})
 */
public record Source(@Nullable String conversationId, List<String> messageIds) {
  public Source {
    messageIds = List.copyOf(requireNonNull(messageIds, "messageIds is null"));
  }
}
