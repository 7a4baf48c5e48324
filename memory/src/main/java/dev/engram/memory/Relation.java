package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A typed, directed relationship between two memories of the same app and user.
 *
 * @param fromId source memory
 * @param toId target memory
 * @param type lower-case word such as {@code related_to}, {@code supports}, {@code contradicts}
 * @param createdAt when it was recorded
 */
public record Relation(String fromId, String toId, String type, Instant createdAt) {
  public Relation {
    requireNonNull(fromId, "fromId is null");
    requireNonNull(toId, "toId is null");
    requireNonNull(type, "type is null");
    requireNonNull(createdAt, "createdAt is null");
  }
}
