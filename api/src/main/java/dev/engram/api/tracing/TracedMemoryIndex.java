package dev.engram.api.tracing;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.index.atlas.AtlasSearchStatus;
import io.opentelemetry.api.trace.Tracer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The index with a span per call ({@code index.<kind>.<method>}, app id attribute). {@link #of}
 * keeps the Atlas index's status interface visible through the wrapper.
 */
class TracedMemoryIndex implements MemoryIndex {
  private final MemoryIndex delegate;
  private final Tracer tracer;
  private final String prefix;

  static TracedMemoryIndex of(MemoryIndex delegate, Tracer tracer) {
    return delegate instanceof AtlasSearchStatus status
        ? new Atlas(delegate, status, tracer)
        : new TracedMemoryIndex(delegate, tracer);
  }

  /** The Atlas index, wrapped. */
  static final class Atlas extends TracedMemoryIndex implements AtlasSearchStatus {
    private final AtlasSearchStatus status;

    Atlas(MemoryIndex delegate, AtlasSearchStatus status, Tracer tracer) {
      super(delegate, tracer);
      this.status = status;
    }

    @Override
    public Map<String, String> building() {
      return status.building();
    }
  }

  TracedMemoryIndex(MemoryIndex delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.prefix = "index." + delegate.name() + ".";
  }

  @Override
  public final String name() {
    return delegate.name();
  }

  @Override
  public final void upsert(String appId, List<IndexDocument> documents) {
    Spans.run(tracer, prefix + "upsert", appId, () -> delegate.upsert(appId, documents));
  }

  @Override
  public final void delete(String appId, Collection<String> ids) {
    Spans.run(tracer, prefix + "delete", appId, () -> delegate.delete(appId, ids));
  }

  @Override
  public final void createApp(String appId) {
    Spans.run(tracer, prefix + "create_app", appId, () -> delegate.createApp(appId));
  }

  @Override
  public final void dropApp(String appId) {
    Spans.run(tracer, prefix + "drop_app", appId, () -> delegate.dropApp(appId));
  }

  @Override
  public final List<IndexHit> vectorSearch(
      String appId, float[] vector, MemoryFilter filter, int k) {
    return Spans.in(
        tracer,
        prefix + "vector_search",
        appId,
        () -> delegate.vectorSearch(appId, vector, filter, k));
  }

  @Override
  public final List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    return Spans.in(
        tracer,
        prefix + "keyword_search",
        appId,
        () -> delegate.keywordSearch(appId, text, filter, k));
  }

  @Override
  public final OptionalDouble fullMatchScore(String appId, String text) {
    return delegate.fullMatchScore(appId, text);
  }

  @Override
  public final long count(String appId) {
    return delegate.count(appId);
  }

  @Override
  public final void commit() {
    Spans.run(tracer, prefix + "commit", null, delegate::commit);
  }

  @Override
  public final Optional<Instant> durableUntil(String appId) {
    return delegate.durableUntil(appId);
  }

  @Override
  public final void close() {
    delegate.close();
  }
}
