package dev.engram.api.tracing;

import dev.engram.memory.embed.Embedder;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;

/** The embedder with a span per call ({@code embed}, {@code embed_all} with the text count). */
final class TracedEmbedder implements Embedder {
  private final Embedder delegate;
  private final Tracer tracer;

  TracedEmbedder(Embedder delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  @Override
  public float[] embed(String text) {
    return Spans.in(tracer, "embedder.embed", null, () -> delegate.embed(text));
  }

  @Override
  public float[] embedQuery(String query) {
    return Spans.in(tracer, "embedder.embed", null, () -> delegate.embedQuery(query));
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return Spans.in(tracer, "embedder.embed_all", null, () -> delegate.embedAll(texts));
  }
}
