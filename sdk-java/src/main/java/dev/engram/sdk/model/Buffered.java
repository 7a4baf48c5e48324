package dev.engram.sdk.model;

import java.util.Optional;

/** A session batcher append: messages now buffered, and the task a flush queued, if any. */
public record Buffered(int buffered, Optional<String> flushedTaskId) {
  public Buffered {
    flushedTaskId = Norm.opt(flushedTaskId);
  }
}
