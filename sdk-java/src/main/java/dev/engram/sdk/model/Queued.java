package dev.engram.sdk.model;

import static java.util.Objects.requireNonNull;

/** A background task was queued; pass it to {@code wait}. */
public record Queued(String taskId, String status) {
  public Queued {
    requireNonNull(taskId, "taskId is null");
  }
}
