package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What an agent keeps about a caller, with a time to live. */
public record Profile(
    String agentId,
    String callerId,
    Map<String, Object> profileData,
    Optional<Instant> createdAt,
    Optional<Instant> updatedAt,
    Optional<Instant> expiresAt,
    Optional<Integer> memoryCount) {
  public Profile {
    profileData = Norm.map(profileData);
    createdAt = Norm.opt(createdAt);
    updatedAt = Norm.opt(updatedAt);
    expiresAt = Norm.opt(expiresAt);
    memoryCount = Norm.opt(memoryCount);
  }
}
