package dev.engram.memory.testing;

import dev.engram.memory.embed.Embedder;
import dev.engram.memory.embed.EmbedderContract;

class HashingEmbedderTest extends EmbedderContract {
  private final HashingEmbedder embedder = new HashingEmbedder();

  @Override
  protected Embedder embedder() {
    return embedder;
  }
}
