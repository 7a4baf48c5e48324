package dev.engram.memory.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A conversation as a caller submits it; {@link ConversationIngestion} checks it before anything is
 * stored. Absent optional parts are {@code null}.
 *
 * @param partial the caller knows it sends fewer messages than the configured maximum
 * @param metadata attached to every memory extracted from the conversation
 */
public record NewConversation(
    @Nullable String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable List<Turn> messages,
    boolean partial,
    @Nullable Map<String, Object> metadata) {

  /** A conversation without metadata. */
  public NewConversation(
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable List<Turn> messages,
      boolean partial) {
    this(userId, sessionId, agentId, messages, partial, null);
  }

  /**
   * One submitted message; without an id it gets {@code m1}, {@code m2}, … by position.
   *
   * @param name the speaker's name, optional (checked by {@link ConversationIngestion#validate})
   */
  public record Turn(
      @Nullable String id,
      @Nullable String role,
      @Nullable String content,
      @Nullable Instant createdAt,
      @Nullable String name) {

    /** A message without a speaker name. */
    public Turn(
        @Nullable String id,
        @Nullable String role,
        @Nullable String content,
        @Nullable Instant createdAt) {
      this(id, role, content, createdAt, null);
    }
  }
}
