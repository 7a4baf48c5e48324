package dev.engram.memory.testing;

import dev.engram.memory.embed.Embedder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps an embedder and counts calls, to check that writes embed a batch at once. */
public final class CountingEmbedder implements Embedder {
  private final Embedder delegate;
  private final String modelId;
  private final AtomicInteger batchCalls = new AtomicInteger();

  public CountingEmbedder(Embedder delegate, String modelId) {
    this.delegate = delegate;
    this.modelId = modelId;
  }

  public int batchCalls() {
    return batchCalls.get();
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  @Override
  public float[] embed(String text) {
    return delegate.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    batchCalls.incrementAndGet();
    return delegate.embedAll(texts);
  }
}
