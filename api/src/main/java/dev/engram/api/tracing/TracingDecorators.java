package dev.engram.api.tracing;

import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.langchain4j.model.chat.ChatModel;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;

/**
 * Wraps the engine's parts in spans when tracing is on ({@code engram.tracing.otlp-endpoint} set,
 * or a span exporter bean present): store, index and embedder calls become children of the
 * request's or job's current span, and so do LLM calls (chat model). With tracing off nothing is
 * wrapped.
 */
final class TracingDecorators {
  private TracingDecorators() {}

  @Singleton
  @Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
  static final class Store implements BeanCreatedEventListener<MemoryStore> {
    private final BeanProvider<Tracer> tracer;

    Store(BeanProvider<Tracer> tracer) {
      this.tracer = tracer;
    }

    @Override
    public MemoryStore onCreated(BeanCreatedEvent<MemoryStore> event) {
      MemoryStore store = event.getBean();
      return store instanceof TracedMemoryStore
          ? store
          : new TracedMemoryStore(store, tracer.get());
    }
  }

  @Singleton
  @Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
  static final class Index implements BeanCreatedEventListener<MemoryIndex> {
    private final BeanProvider<Tracer> tracer;

    Index(BeanProvider<Tracer> tracer) {
      this.tracer = tracer;
    }

    @Override
    public MemoryIndex onCreated(BeanCreatedEvent<MemoryIndex> event) {
      MemoryIndex index = event.getBean();
      return index instanceof TracedMemoryIndex ? index : TracedMemoryIndex.of(index, tracer.get());
    }
  }

  @Singleton
  @Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
  static final class Chat implements BeanCreatedEventListener<ChatModel> {
    private final BeanProvider<Tracer> tracer;

    Chat(BeanProvider<Tracer> tracer) {
      this.tracer = tracer;
    }

    @Override
    public ChatModel onCreated(BeanCreatedEvent<ChatModel> event) {
      ChatModel model = event.getBean();
      return model instanceof TracedChatModel ? model : new TracedChatModel(model, tracer.get());
    }
  }

  @Singleton
  @Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
  static final class Embeddings implements BeanCreatedEventListener<Embedder> {
    private final BeanProvider<Tracer> tracer;

    Embeddings(BeanProvider<Tracer> tracer) {
      this.tracer = tracer;
    }

    @Override
    public Embedder onCreated(BeanCreatedEvent<Embedder> event) {
      Embedder embedder = event.getBean();
      return embedder instanceof TracedEmbedder
          ? embedder
          : new TracedEmbedder(embedder, tracer.get());
    }
  }
}
