package dev.engram.sdk.model;

import java.util.List;

/** Memories saved by the agent fast path, in message order. */
public record AgentMemories(List<String> ids, List<Memory> memories) {
  public AgentMemories {
    ids = Norm.list(ids);
    memories = Norm.list(memories);
  }
}
