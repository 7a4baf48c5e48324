package dev.engram.memory.task;

import java.util.Locale;

/** Where a background task is. */
public enum TaskStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TaskStatus of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
