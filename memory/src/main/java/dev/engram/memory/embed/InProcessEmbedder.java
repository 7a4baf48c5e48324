package dev.engram.memory.embed;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.segment.TextSegment;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default embedder: one of the bundled models ({@link LocalModel}, quantized all-MiniLM-L6-v2
 * unless {@code engram.embeddings.local-model} says otherwise; 384 dimensions) in-process on ONNX
 * Runtime, offline.
 *
 * <p>One text runs on the caller's thread with {@code threads} intra-op threads, tokenized once
 * ({@link TokenEncoder}); {@code embedAll} spreads its texts over a pool of {@code cores / threads}
 * workers. The session is thread-safe, so concurrent callers run in parallel. Texts longer than
 * {@value #MAX_CHARS} characters are truncated (the models read at most 512 tokens; longer input
 * would only be averaged). Stored texts get the model's passage prefix, queries its query prefix.
 */
@Singleton
@Requires(missingProperty = "engram.embeddings.url")
final class InProcessEmbedder implements Embedder, AutoCloseable {
  static final int MAX_CHARS = 2_000;

  private final LocalModel local;
  private final ExecutorService workers;
  private final OnnxModel model;

  @Inject
  InProcessEmbedder(EmbeddingsConfiguration configuration) {
    this(configuration.localModel(), configuration.threads());
  }

  InProcessEmbedder(int intraOpThreads) {
    this(LocalModel.ALL_MINILM_L6_V2_Q, intraOpThreads);
  }

  InProcessEmbedder(LocalModel local, int intraOpThreads) {
    this.local = requireNonNull(local, "local model is null");
    int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors() / intraOpThreads);
    AtomicInteger counter = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            parallelism,
            task -> {
              Thread thread = new Thread(task, "embedder-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.model = new OnnxModel(local, intraOpThreads, workers);
  }

  @Override
  public String modelId() {
    return local.id();
  }

  @Override
  public int dimensions() {
    return LocalModel.DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    return vector(local.passagePrefix() + Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
  }

  @Override
  public float[] embedQuery(String query) {
    return vector(local.queryPrefix() + Vectors.truncate(Vectors.requireText(query), MAX_CHARS));
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    requireNonNull(texts, "texts is null");
    List<String> cut = new ArrayList<>(texts.size());
    for (String text : texts) {
      cut.add(local.passagePrefix() + Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
    }
    if (cut.size() <= 1) {
      return cut.stream().map(this::vector).toList();
    }
    List<CompletableFuture<float[]>> runs = new ArrayList<>(cut.size());
    for (String text : cut) {
      runs.add(CompletableFuture.supplyAsync(() -> vector(text), workers));
    }
    try {
      return runs.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The unit vector of a text already cut to {@link #MAX_CHARS} (prefix included). */
  private float[] vector(String text) {
    float[] pooled = model.tokens().embed(text);
    if (pooled == null) {
      // past the model's window: LangChain4j's encoder averages the windows
      pooled = model.embed(TextSegment.from(text)).content().vector();
    }
    return Vectors.normalize(pooled);
  }

  @Override
  @PreDestroy
  public void close() {
    workers.shutdownNow();
    model.close();
  }
}
