package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Optional;

/** One version in a memory's evolution chain. */
public record ChainVersion(
    int position,
    String id,
    String status,
    String content,
    Optional<String> previousId,
    Optional<String> nextId,
    int reinforcementCount,
    long version,
    Optional<Instant> validFrom,
    Optional<Instant> validTo,
    Optional<Instant> createdAt,
    Optional<MadeBy> madeBy) {
  public ChainVersion {
    previousId = Norm.opt(previousId);
    nextId = Norm.opt(nextId);
    validFrom = Norm.opt(validFrom);
    validTo = Norm.opt(validTo);
    createdAt = Norm.opt(createdAt);
    madeBy = Norm.opt(madeBy);
  }
}
