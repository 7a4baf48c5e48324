package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Optional;

/** A typed relation between two memories of one user. */
public record Relation(String fromId, String toId, String type, Optional<Instant> createdAt) {
  public Relation {
    createdAt = Norm.opt(createdAt);
  }
}
