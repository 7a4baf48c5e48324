package dev.engram.memory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of knowledge a memory holds (seed 002's tiers). */
public enum MemoryType {
  /** Short-lived context of the current task. */
  WORKING,
  /** Something that happened: an event, a conversation turn, a behaviour. */
  EPISODIC,
  /** A fact or preference that holds over time. */
  SEMANTIC,
  /** How to do something: a procedure, a rule, a habit. */
  PROCEDURAL;

  /** The wire form, lower case. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MemoryType> fromValue(String value) {
    return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst();
  }
}
