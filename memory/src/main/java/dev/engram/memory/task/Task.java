package dev.engram.memory.task;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A background task of an app (a conversation to ingest, a summary to deliver).
 *
 * @param id {@code task_…}
 * @param appId the app it belongs to
 * @param kind {@code conversation}, {@code summary}
 * @param status where it is
 * @param payload the accepted request, as JSON
 * @param facts what extraction found, as JSON, once it ran
 * @param progress how many of those facts are applied
 * @param counts what it did to memories
 * @param errors the error of each failed attempt, oldest first
 * @param attempts how many times it started
 * @param createdAt when it was accepted
 * @param startedAt when it first started
 * @param finishedAt when it succeeded or finally failed
 * @param result what it produced, as JSON, for kinds that produce something (a summary callback's
 *     delivery); null otherwise
 */
public record Task(
    String id,
    String appId,
    String kind,
    TaskStatus status,
    String payload,
    @Nullable String facts,
    int progress,
    TaskCounts counts,
    List<String> errors,
    int attempts,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String result) {
  public Task {
    requireNonNull(id, "id is null");
    requireNonNull(appId, "appId is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(status, "status is null");
    requireNonNull(payload, "payload is null");
    requireNonNull(counts, "counts is null");
    errors = List.copyOf(requireNonNull(errors, "errors is null"));
    requireNonNull(createdAt, "createdAt is null");
  }
}
