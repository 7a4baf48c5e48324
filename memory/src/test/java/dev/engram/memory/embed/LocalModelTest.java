package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bundled model loads, embeds with its own pooling and prefixes, and ranks sensibly. */
class LocalModelTest {
  @ParameterizedTest
  @EnumSource(LocalModel.class)
  void embedsQueriesNearTheStatementsThatAnswerThem(LocalModel local) {
    try (InProcessEmbedder embedder = new InProcessEmbedder(local, 1)) {
      assertThat(embedder.modelId()).isEqualTo(local.id());
      float[] query = embedder.embedQuery("Where does Alice live now?");
      float[] answer = embedder.embed("Alice moved to Lisbon last spring");
      float[] other = embedder.embed("The invoice is due next Tuesday");

      assertThat(query).hasSize(384);
      assertThat((double) dev.engram.memory.Vectors.dot(query, query))
          .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
      assertThat((double) dev.engram.memory.Vectors.dot(query, answer))
          .isGreaterThan(dev.engram.memory.Vectors.dot(query, other) + 0.05);
      assertThat(embedder.embedAll(java.util.List.of("Alice moved to Lisbon last spring")).get(0))
          .containsExactly(answer);
    }
  }

  @Test
  void prefixesQueriesOnlyForModelsTrainedThatWay() {
    try (InProcessEmbedder e5 = new InProcessEmbedder(LocalModel.E5_SMALL_V2_Q, 1)) {
      assertThat((double) dev.engram.memory.Vectors.dot(e5.embedQuery("pizza"), e5.embed("pizza")))
          .isLessThan(0.9999);
    }
    try (InProcessEmbedder miniLm = new InProcessEmbedder(LocalModel.ALL_MINILM_L6_V2_Q, 1)) {
      assertThat(miniLm.embedQuery("pizza")).containsExactly(miniLm.embed("pizza"));
    }
  }

  @Test
  void findsAModelByIdOrConstantName() {
    assertThat(LocalModel.of("e5-small-v2-q")).isEqualTo(LocalModel.E5_SMALL_V2_Q);
    assertThat(LocalModel.of("BGE_SMALL_EN_V15_Q")).isEqualTo(LocalModel.BGE_SMALL_EN_V15_Q);
    assertThatThrownBy(() -> LocalModel.of("gpt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("engram.embeddings.local-model");
  }
}
