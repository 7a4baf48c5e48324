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
 * The default embedder: quantized all-MiniLM-L6-v2 (384 dimensions) in-process on ONNX Runtime,
 * offline, from the model bundled in the LangChain4j artifact.
 *
 * <p>One text runs on the caller's thread with {@code threads} intra-op threads, tokenized once
 * ({@link TokenEncoder}); {@code embedAll} spreads its texts over a pool of {@code cores / threads}
 * workers. The session is thread-safe, so concurrent callers run in parallel. Texts longer than
 * {@value #MAX_CHARS} characters are truncated (the model reads at most 512 tokens; longer input
 * would only be averaged).
 */
@Singleton
@Requires(missingProperty = "engram.embeddings.url")
final class MiniLmEmbedder implements Embedder, AutoCloseable {
  static final String MODEL_ID = "all-minilm-l6-v2-q";
  static final int MAX_CHARS = 2_000;

  private final ExecutorService workers;
  private final MiniLmModel model;

  @Inject
  MiniLmEmbedder(EmbeddingsConfiguration configuration) {
    this(configuration.threads());
  }

  MiniLmEmbedder(int intraOpThreads) {
    int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors() / intraOpThreads);
    AtomicInteger counter = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            parallelism,
            task -> {
              Thread thread = new Thread(task, "minilm-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.model = new MiniLmModel(intraOpThreads, workers);
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimensions() {
    return MiniLmModel.DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    return vector(Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    requireNonNull(texts, "texts is null");
    List<String> cut = new ArrayList<>(texts.size());
    for (String text : texts) {
      cut.add(Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
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

  /** The unit vector of a text already cut to {@link #MAX_CHARS}. */
  private float[] vector(String text) {
    float[] mean = model.tokens().embed(text);
    if (mean == null) {
      // past the model's window: LangChain4j's encoder averages the windows
      mean = model.embed(TextSegment.from(text)).content().vector();
    }
    return Vectors.normalize(mean);
  }

  @Override
  @PreDestroy
  public void close() {
    workers.shutdownNow();
    model.close();
  }
}
