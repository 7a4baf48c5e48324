package dev.engram.sdk.model;

import java.util.List;
import java.util.Optional;

/** One page of {@code GET /v1/memories}; {@code nextCursor} leads to the next. */
public record MemoryPage(
    List<Memory> memories, long total, int limit, int offset, Optional<String> nextCursor) {
  public MemoryPage {
    memories = Norm.list(memories);
    nextCursor = Norm.opt(nextCursor);
  }
}
