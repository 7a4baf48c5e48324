package dev.engram.sdk.model;

import java.util.List;
import java.util.Optional;

/** Where a memory came from: a conversation and the messages in it. */
public record Source(Optional<String> conversationId, List<String> messageIds) {
  public Source {
    conversationId = Norm.opt(conversationId);
    messageIds = Norm.list(messageIds);
  }
}
