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
 * @param name the speaker's name ("Caroline"), when the caller gives one: extraction writes it
 *     instead of "User" for what this speaker says about themselves
 */
public record Message(
    String id, String role, String content, @Nullable Instant createdAt, @Nullable String name) {
  public Message {
    requireNonNull(id, "id is null");
    requireNonNull(role, "role is null");
    requireNonNull(content, "content is null");
  }

  /** A message without a speaker name. */
  public Message(String id, String role, String content, @Nullable Instant createdAt) {
    this(id, role, content, createdAt, null);
  }
}
