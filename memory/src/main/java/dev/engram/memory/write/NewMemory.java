package dev.engram.memory.write;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Source;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A memory as a caller submits it; {@link MemoryValidator} checks it before anything is stored.
 * Absent optional parts are {@code null}; {@code type} defaults to semantic, {@code importance} to
 * 5.
 */
public record NewMemory(
    @Nullable String id,
    String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable String runId,
    @Nullable MemoryType type,
    String content,
    @Nullable String context,
    @Nullable String category,
    @Nullable List<String> tags,
    @Nullable Integer importance,
    @Nullable Map<String, Object> metadata,
    @Nullable Instant validFrom,
    @Nullable Instant expiresAt,
    @Nullable List<Source> sources) {

  /** The simplest memory: a user and a statement. */
  public static NewMemory of(String userId, String content) {
    return new NewMemory(
        null, userId, null, null, null, null, content, null, null, null, null, null, null, null,
        null);
  }
}
