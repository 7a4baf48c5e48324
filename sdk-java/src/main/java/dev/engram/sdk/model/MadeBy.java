package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Optional;

/** The decision that made a version of a memory. */
public record MadeBy(
    String action,
    Optional<String> reason,
    Optional<String> engine,
    String actor,
    Optional<Instant> at) {
  public MadeBy {
    reason = Norm.opt(reason);
    engine = Norm.opt(engine);
    at = Norm.opt(at);
  }
}
