package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One turn of a conversation as ingestion sees it.
 *
 * @param id the caller's message id, or one Engram assigned ({@code m1}, {@code m2}, … by position)
 *     so that provenance can always name it
 * @param role {@code user}, {@code assistant}, {@code system} or {@code tool}
 * @param content what was said
 * @param createdAt when it was said, when the caller knows
 */
public record Message(String id, String role, String content, @Nullable Instant createdAt) {
  public Message {
    requireNonNull(id, "id is null");
    requireNonNull(role, "role is null");
    requireNonNull(content, "content is null");
  }
}
