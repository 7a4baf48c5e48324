package dev.engram.memory.testing;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryType;
import java.time.Instant;
import java.util.UUID;

/** Test-data builders for memories. */
public final class Memories {
  private static final HashingEmbedder EMBEDDER = new HashingEmbedder();

  private Memories() {}

  /** An active semantic memory of the user with the content embedded by {@link HashingEmbedder}. */
  public static Memory.Builder memory(String userId, String content, Instant now) {
    return Memory.builder()
        .id("mem_" + UUID.randomUUID().toString().replace("-", ""))
        .userId(userId)
        .type(MemoryType.SEMANTIC)
        .content(content)
        .embedding(EMBEDDER.embed(content), EMBEDDER.modelId())
        .createdAt(now)
        .updatedAt(now);
  }
}
