package dev.engram.memory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Lifecycle of a memory. Only active memories are returned by default. */
public enum MemoryStatus {
  ACTIVE,
  /** Replaced by a newer memory of the same evolution chain ({@code next_id}). */
  SUPERSEDED,
  /** Deleted by a caller or contradicted; kept for history until erased. */
  DELETED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MemoryStatus> fromValue(String value) {
    return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst();
  }
}
