package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Embedder} shares. Subclass it once per implementation and return the
 * embedder under test from {@link #embedder()}.
 */
public abstract class EmbedderContract {
  private static final String PREFERENCE = "The user prefers dark mode in the code editor";
  private static final String PREFERENCE_PARAPHRASE =
      "In the code editor the user prefers a dark mode";
  private static final String UNRELATED = "Quarterly revenue grew by twelve percent in Europe";

  /** The embedder under test; may be shared between tests. */
  protected abstract Embedder embedder();

  @Test
  void modelIdIsNotBlank() {
    assertThat(embedder().modelId()).isNotBlank();
  }

  @Test
  void vectorsHaveTheDeclaredDimensionsAndUnitNorm() {
    float[] vector = embedder().embed(PREFERENCE);

    assertThat(vector).hasSize(embedder().dimensions());
    assertThat(norm(vector)).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void embeddingIsDeterministic() {
    float[] first = embedder().embed(UNRELATED);
    float[] second = embedder().embed(UNRELATED);

    assertClose(second, first, 1e-6);
  }

  @Test
  void embedAllEqualsEmbeddingEachTextInOrder() {
    List<String> texts =
        List.of(PREFERENCE, UNRELATED, PREFERENCE_PARAPHRASE, "Alice moved to Lisbon in 2021");

    List<float[]> vectors = embedder().embedAll(texts);

    assertThat(vectors).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertClose(vectors.get(i), embedder().embed(texts.get(i)), 1e-4);
    }
  }

  @Test
  void embedAllOfNoTextsIsEmpty() {
    assertThat(embedder().embedAll(List.of())).isEmpty();
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[] preference = embedder().embed(PREFERENCE);

    double paraphrase = cosine(preference, embedder().embed(PREFERENCE_PARAPHRASE));
    double unrelated = cosine(preference, embedder().embed(UNRELATED));

    assertThat(paraphrase).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void embedsNonAsciiText() {
    List<String> texts =
        List.of(
            "Der Nutzer trinkt Kaffee ohne Zucker, größtenteils morgens ☕",
            "ユーザーは毎朝コーヒーを飲みます",
            "Пользователь живёт в Москве 🏙️");

    List<float[]> vectors = embedder().embedAll(texts);

    assertThat(vectors).hasSize(3);
    for (float[] vector : vectors) {
      assertThat(vector).hasSize(embedder().dimensions());
      assertThat(norm(vector)).isCloseTo(1.0, within(1e-3));
    }
    assertThat(cosine(vectors.get(0), vectors.get(1))).isLessThan(0.999);
  }

  @Test
  void truncatesVeryLongTextInsteadOfFailing() {
    List<String> words = new ArrayList<>(Collections.nCopies(5_000, "memory"));
    for (int i = 0; i < words.size(); i += 7) {
      words.set(i, "fact" + i);
    }

    float[] vector = embedder().embed(String.join(" ", words));

    assertThat(vector).hasSize(embedder().dimensions());
    assertThat(norm(vector)).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void concurrentCallersGetTheSameVectors() throws Exception {
    List<String> texts = List.of(PREFERENCE, UNRELATED, PREFERENCE_PARAPHRASE);
    List<float[]> expected = embedder().embedAll(texts);
    List<Callable<float[]>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String text = texts.get(i % texts.size());
      calls.add(() -> embedder().embed(text));
    }

    List<Future<float[]>> results;
    try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
      results = callers.invokeAll(calls, 60, TimeUnit.SECONDS);
    }

    for (int i = 0; i < results.size(); i++) {
      assertClose(results.get(i).get(), expected.get(i % texts.size()), 1e-4);
    }
  }

  /** Cosine similarity of two vectors. */
  protected static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot / (norm(a) * norm(b));
  }

  private static double norm(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum);
  }

  private static void assertClose(float[] actual, float[] expected, double tolerance) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i])
          .as("component %d", i)
          .isCloseTo(expected[i], within(tolerance));
    }
  }
}
