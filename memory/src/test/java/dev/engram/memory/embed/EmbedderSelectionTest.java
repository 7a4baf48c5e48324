package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which embedder the application context provides, and how configuration binds. */
class EmbedderSelectionTest {
  @Test
  void providesTheInProcessModelWithoutConfiguration() {
    try (ApplicationContext context = ApplicationContext.run()) {
      assertThat(context.getBean(Embedder.class)).isInstanceOf(InProcessEmbedder.class);
      assertThat(context.getBean(EmbeddingsConfiguration.class))
          .isEqualTo(EmbeddingsConfiguration.defaults());
    }
  }

  @Test
  void bindsTheLocalModelByItsId() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("engram.embeddings.local-model", "bge-small-en-v15-q"))) {
      assertThat(context.getBean(EmbeddingsConfiguration.class).localModel())
          .isEqualTo(LocalModel.BGE_SMALL_EN_V15_Q);
      assertThat(context.getBean(Embedder.class).modelId()).isEqualTo("bge-small-en-v15-q");
    }
  }

  @Test
  void providesTheOpenAiCompatibleEmbedderWhenAnUrlIsConfigured() {
    Map<String, Object> properties =
        Map.of(
            "engram.embeddings.url", "http://127.0.0.1:9/v1",
            "engram.embeddings.api-key", "sk-test",
            "engram.embeddings.model", "nomic-embed-text",
            "engram.embeddings.dimensions", "768",
            "engram.embeddings.batch-size", "16",
            "engram.embeddings.timeout", "5s",
            "engram.embeddings.backoff", "50ms");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      Embedder embedder = context.getBean(Embedder.class);

      assertThat(embedder).isInstanceOf(OpenAiCompatibleEmbedder.class);
      assertThat(embedder.modelId()).isEqualTo("openai:nomic-embed-text");
      assertThat(embedder.dimensions()).isEqualTo(768);
      assertThat(context.getBean(EmbeddingsConfiguration.class))
          .isEqualTo(
              new EmbeddingsConfiguration(
                  "http://127.0.0.1:9/v1",
                  "sk-test",
                  "nomic-embed-text",
                  768,
                  16,
                  Duration.ofSeconds(5),
                  3,
                  Duration.ofMillis(50),
                  1,
                  LocalModel.ALL_MINILM_L6_V2_Q));
    }
  }
}
