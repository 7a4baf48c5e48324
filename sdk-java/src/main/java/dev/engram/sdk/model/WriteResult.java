package dev.engram.sdk.model;

import java.util.Optional;

/** The decision for one submitted statement: add, reinforce, update, delete or skip. */
public record WriteResult(
    String action,
    Optional<String> memoryId,
    Optional<String> targetId,
    String reason,
    String engine) {
  public WriteResult {
    memoryId = Norm.opt(memoryId);
    targetId = Norm.opt(targetId);
  }
}
