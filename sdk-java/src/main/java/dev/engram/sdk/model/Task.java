package dev.engram.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A background task: {@code status} is queued, running, succeeded or failed. */
public record Task(
    String id,
    String kind,
    String status,
    TaskCounts counts,
    List<String> errors,
    int attempts,
    Optional<Instant> createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    Map<String, Object> result) {
  public Task {
    counts = counts == null ? new TaskCounts(0, 0, 0, 0, 0) : counts;
    errors = Norm.list(errors);
    createdAt = Norm.opt(createdAt);
    startedAt = Norm.opt(startedAt);
    finishedAt = Norm.opt(finishedAt);
    result = Norm.map(result);
  }

  public boolean finished() {
    return "succeeded".equals(status) || "failed".equals(status);
  }

  public boolean failed() {
    return "failed".equals(status);
  }
}
