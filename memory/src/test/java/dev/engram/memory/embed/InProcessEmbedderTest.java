package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class InProcessEmbedderTest extends EmbedderContract {
  private static final InProcessEmbedder EMBEDDER = new InProcessEmbedder(1);

  @AfterAll
  static void close() {
    EMBEDDER.close();
  }

  @Override
  protected Embedder embedder() {
    return EMBEDDER;
  }

  @Test
  void isTheQuantizedMiniLmWith384Dimensions() {
    assertThat(EMBEDDER.modelId()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(EMBEDDER.dimensions()).isEqualTo(384);
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
  }

  @Test
  void producesTheVectorsOfTheBundledModelFiles() {
    // pinned with langchain4j-embeddings 0.36.2; the 1.x artifact ships the same model files
    float[] vector = EMBEDDER.embed("Alice moved to Lisbon");

    assertThat(vector[0]).isCloseTo(0.066558f, within(1e-5f));
    assertThat(vector[1]).isCloseTo(-0.005826f, within(1e-5f));
    assertThat(vector[2]).isCloseTo(0.001947f, within(1e-5f));
    assertThat(vector[3]).isCloseTo(0.033911f, within(1e-5f));
    assertThat(vector[383]).isCloseTo(-0.071628f, within(1e-5f));
  }

  @Test
  void placesParaphrasesWithoutSharedWordsNearEachOther() {
    float[] dog = EMBEDDER.embed("I really love dogs");
    double paraphrase = cosine(dog, EMBEDDER.embed("Puppies are my favourite animals"));
    double unrelated = cosine(dog, EMBEDDER.embed("The invoice is due next Tuesday"));

    assertThat(paraphrase).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void ignoresTextBeyondTheTruncationLimit() {
    String head = "word ".repeat(InProcessEmbedder.MAX_CHARS / 5);

    assertThat(EMBEDDER.embed(head + "completely different tail"))
        .containsExactly(EMBEDDER.embed(head + "another ending altogether"));
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> EMBEDDER.embedAll(List.of("fine", " ")))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.INVALID_FIELD));
  }

  @Test
  void embedsEveryTextAsLangChain4jsEncoderDoes() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      texts.add(
          "note " + i + ": " + "Alice prefers window seats when travelling. ".repeat(1 + i % 9));
    }
    texts.add("word ".repeat(InProcessEmbedder.MAX_CHARS / 5 - 10)); // near the model's window
    texts.add("a.".repeat(900)); // 1,800 tokens: past the window, LangChain4j's own path
    texts.add("Überraschung! 東京 is lovely in spring, naïve café owners say.");

    List<float[]> batched = EMBEDDER.embedAll(texts);

    try (OnnxModel reference = new OnnxModel(LocalModel.ALL_MINILM_L6_V2_Q, 1, Runnable::run)) {
      for (int i = 0; i < texts.size(); i++) {
        float[] alone =
            Vectors.normalize(reference.embed(TextSegment.from(texts.get(i))).content().vector());
        assertThat(cosine(batched.get(i), alone)).as("text %d", i).isGreaterThan(0.99999);
        assertThat(cosine(EMBEDDER.embed(texts.get(i)), alone)).isGreaterThan(0.99999);
      }
    }
  }

  @Test
  void runsWithTwoIntraOpThreads() {
    try (InProcessEmbedder twoThreads = new InProcessEmbedder(2)) {
      assertThat(
              cosine(
                  twoThreads.embed("Alice moved to Lisbon"),
                  EMBEDDER.embed("Alice moved to Lisbon")))
          .isGreaterThan(0.9999);
    }
  }
}
