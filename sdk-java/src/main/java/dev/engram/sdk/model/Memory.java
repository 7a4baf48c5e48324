package dev.engram.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A memory in any status (active, superseded, deleted, expired). */
public record Memory(
    String id,
    String userId,
    String content,
    String type,
    String status,
    int importance,
    Optional<String> sessionId,
    Optional<String> agentId,
    Optional<String> runId,
    Optional<String> context,
    Optional<String> category,
    List<String> tags,
    Map<String, Object> metadata,
    Optional<String> previousId,
    Optional<String> nextId,
    int reinforcementCount,
    int accessCount,
    List<Source> sources,
    Optional<Instant> validFrom,
    Optional<Instant> validTo,
    Optional<Instant> expiresAt,
    Optional<Instant> createdAt,
    Optional<Instant> updatedAt,
    long version) {
  public Memory {
    sessionId = Norm.opt(sessionId);
    agentId = Norm.opt(agentId);
    runId = Norm.opt(runId);
    context = Norm.opt(context);
    category = Norm.opt(category);
    tags = Norm.list(tags);
    metadata = Norm.map(metadata);
    previousId = Norm.opt(previousId);
    nextId = Norm.opt(nextId);
    sources = Norm.list(sources);
    validFrom = Norm.opt(validFrom);
    validTo = Norm.opt(validTo);
    expiresAt = Norm.opt(expiresAt);
    createdAt = Norm.opt(createdAt);
    updatedAt = Norm.opt(updatedAt);
  }

  /** Seed 001's name for the memory text. */
  public String document() {
    return content;
  }
}
