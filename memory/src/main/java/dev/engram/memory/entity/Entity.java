package dev.engram.memory.entity;

import static java.util.Objects.requireNonNull;

/**
 * An entity named in a memory: {@code key} identifies it within a user (lower-case name, or an ISO
 * date {@code 2023-05-03} / month {@code 2023-05} / year {@code 2023} for dates), {@code name} is
 * how the memory wrote it.
 */
public record Entity(String key, String name, EntityKind kind) {
  /** Longest key and name stored (longer names are cut). */
  public static final int MAX_LENGTH = 200;

  public Entity {
    requireNonNull(key, "key is null");
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
  }
}
