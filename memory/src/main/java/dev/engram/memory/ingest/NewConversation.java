package dev.engram.memory.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as a caller submits it; {@link ConversationIngestion} checks it before anything is
 * stored. Absent optional parts are {@code null}.
 *
 * @param partial the caller knows it sends fewer messages than the configured maximum
 */
public record NewConversation(
    @Nullable String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable List<Turn> messages,
    boolean partial) {

  /** One submitted message; without an id it gets {@code m1}, {@code m2}, … by position. */
  public record Turn(
      @Nullable String id,
      @Nullable String role,
      @Nullable String content,
      @Nullable Instant createdAt) {}
}
