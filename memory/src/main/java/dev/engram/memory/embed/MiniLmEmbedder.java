package dev.engram.memory.embed;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default embedder: quantized all-MiniLM-L6-v2 (384 dimensions) in-process on ONNX Runtime,
 * offline, from the model bundled in the LangChain4j artifact.
 *
 * <p>One call runs on the caller's thread with {@code threads} intra-op threads; the session is
 * thread-safe, so concurrent callers run in parallel. {@code embedAll} spreads its texts over a
 * pool of {@code cores / threads} workers. Texts longer than {@value #MAX_CHARS} characters are
 * truncated (the model reads at most 512 tokens; longer input would only be averaged).
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
    return vector(model.embed(segment(text)).content());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    requireNonNull(texts, "texts is null");
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(segment(text));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(vector(embedding));
    }
    return List.copyOf(vectors);
  }

  @Override
  @PreDestroy
  public void close() {
    workers.shutdownNow();
    model.close();
  }

  private static TextSegment segment(String text) {
    return TextSegment.from(Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
  }

  private static float[] vector(Embedding embedding) {
    return Vectors.normalize(embedding.vector());
  }
}
