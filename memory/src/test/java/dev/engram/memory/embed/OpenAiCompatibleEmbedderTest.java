package dev.engram.memory.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.OpenAiEmbeddingsFixture;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleEmbedderTest extends EmbedderContract {
  private static final int FIXTURE_DIMENSIONS = 256;
  private static final Duration BACKOFF = Duration.ofMillis(1);
  private static final OpenAiEmbeddingsFixture FIXTURE =
      OpenAiEmbeddingsFixture.start(FIXTURE_DIMENSIONS);

  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final OpenAiCompatibleEmbedder embedder = embedder(config(null, 64, 3), pauses);

  @AfterAll
  static void stopFixture() {
    FIXTURE.close();
  }

  @BeforeEach
  void resetFixture() {
    FIXTURE.reset();
  }

  /**
   * The embedder normalizes the vectors the fake server sends (the test embedder's, rounded to half
   * precision), so they match the test embedder's to that precision.
   */
  private static final org.assertj.core.data.Offset<Float> SAME = within(1e-3f);

  @AfterEach
  void closeEmbedder() {
    embedder.close();
  }

  @Override
  protected Embedder embedder() {
    return embedder;
  }

  @Test
  void identifiesTheModelAndLearnsTheDimensions() {
    assertThat(embedder.modelId()).isEqualTo("openai:text-embedding-3-small");
    assertThat(embedder.dimensions()).isEqualTo(FIXTURE_DIMENSIONS);
  }

  @Test
  void returnsTheServersVectorsInInputOrder() {
    List<float[]> vectors = embedder.embedAll(List.of("alpha beta", "gamma", "delta epsilon"));

    HashingEmbedder reference = new HashingEmbedder(FIXTURE_DIMENSIONS);
    assertThat(vectors.get(0)).containsExactly(reference.embed("alpha beta"), SAME);
    assertThat(vectors.get(1)).containsExactly(reference.embed("gamma"), SAME);
    assertThat(vectors.get(2)).containsExactly(reference.embed("delta epsilon"), SAME);
  }

  @Test
  void sendsTextsInBatchesOfBatchSize() {
    List<String> texts = IntStream.range(0, 150).mapToObj(i -> "fact number " + i).toList();

    List<float[]> vectors = embedder.embedAll(texts);

    assertThat(vectors).hasSize(150);
    assertThat(FIXTURE.requests())
        .extracting(request -> request.input().size())
        .containsExactly(64, 64, 22);
    assertThat(FIXTURE.requests().get(2).input().getLast()).isEqualTo("fact number 149");
    assertThat(FIXTURE.requests())
        .allSatisfy(request -> assertThat(request.model()).isEqualTo("text-embedding-3-small"));
  }

  @Test
  void sendsTheApiKeyAsBearerTokenOnlyWhenSet() {
    try (OpenAiCompatibleEmbedder withKey =
        embedder(
            new EmbeddingsConfiguration(
                FIXTURE.url() + "/",
                "sk-test-123",
                "text-embedding-3-small",
                null,
                64,
                Duration.ofSeconds(5),
                3,
                BACKOFF,
                1,
                LocalModel.ALL_MINILM_L6_V2_Q),
            pauses)) {
      withKey.embed("with a key");
    }
    embedder.embed("without a key");

    assertThat(FIXTURE.requests())
        .extracting(OpenAiEmbeddingsFixture.Request::authorization)
        .containsExactly(Optional.of("Bearer sk-test-123"), Optional.empty());
  }

  @Test
  void requestsAndEnforcesConfiguredDimensions() {
    try (OpenAiCompatibleEmbedder small = embedder(config(64, 64, 3), pauses)) {
      assertThat(small.dimensions()).isEqualTo(64);
      assertThat(small.embed("short vectors")).hasSize(64);
    }

    assertThat(FIXTURE.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.dimensions()).isEqualTo(OptionalInt.of(64)));
  }

  @Test
  void retriesRateLimitHonouringRetryAfterThenSucceeds() {
    FIXTURE.rateLimitNext(1, 2);

    float[] vector = embedder.embed("rate limited once");

    assertThat(vector)
        .containsExactly(new HashingEmbedder(FIXTURE_DIMENSIONS).embed("rate limited once"), SAME);
    assertThat(FIXTURE.requests()).hasSize(2);
    assertThat(pauses).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retriesServerErrorsWithExponentialBackoffThenSucceeds() {
    FIXTURE.failNext(2, 500);

    assertThat(embedder.embed("flaky server")).hasSize(FIXTURE_DIMENSIONS);
    assertThat(FIXTURE.requests()).hasSize(3);
    assertThat(pauses).containsExactly(BACKOFF, BACKOFF.multipliedBy(2));
  }

  @Test
  void givesUpAfterMaxAttempts() {
    FIXTURE.failNext(3, 503);

    assertThatThrownBy(() -> embedder.embed("always failing"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(MemoryErrorCode.EMBEDDING_FAILED);
              assertThat(e).hasMessageContaining("after 3 attempts").hasMessageContaining("503");
            });
    assertThat(FIXTURE.requests()).hasSize(3);
    assertThat(pauses).hasSize(2);
  }

  @Test
  void doesNotRetryClientErrors() {
    FIXTURE.failNext(1, 401);

    assertThatThrownBy(() -> embedder.embed("bad key"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.EMBEDDING_FAILED))
        .hasMessageContaining("401");
    assertThat(FIXTURE.requests()).hasSize(1);
  }

  @Test
  void timesOutAndRetriesStalledRequests() {
    FIXTURE.stallNext(2);
    try (OpenAiCompatibleEmbedder impatient =
        embedder(
            new EmbeddingsConfiguration(
                FIXTURE.url(),
                null,
                "m",
                null,
                64,
                Duration.ofMillis(200),
                2,
                BACKOFF,
                1,
                LocalModel.ALL_MINILM_L6_V2_Q),
            pauses)) {
      assertThatThrownBy(() -> impatient.embed("slow"))
          .isInstanceOfSatisfying(
              MemoryException.class,
              e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.EMBEDDING_FAILED))
          .hasCauseInstanceOf(HttpTimeoutException.class);
    }
    assertThat(FIXTURE.requests()).hasSize(2);
  }

  @Test
  void rejectsVectorsOfTheWrongDimensions() {
    assertThat(embedder.dimensions()).isEqualTo(FIXTURE_DIMENSIONS);
    FIXTURE.wrongDimensionsNext(128);

    assertThatThrownBy(() -> embedder.embed("wrong length"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.DIMENSION_MISMATCH))
        .hasMessageContaining("128-dimensional")
        .hasMessageContaining("expected 256");
  }

  @Test
  void reportsMalformedJson() {
    FIXTURE.malformedNext();

    assertThatThrownBy(() -> embedder.embed("garbled"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.EMBEDDING_FAILED))
        .hasMessageContaining("malformed JSON");
    assertThat(FIXTURE.requests()).hasSize(1);
  }

  private static EmbeddingsConfiguration config(Integer dimensions, int batchSize, int attempts) {
    return new EmbeddingsConfiguration(
        FIXTURE.url(),
        null,
        "text-embedding-3-small",
        dimensions,
        batchSize,
        Duration.ofSeconds(5),
        attempts,
        BACKOFF,
        1,
        LocalModel.ALL_MINILM_L6_V2_Q);
  }

  private static OpenAiCompatibleEmbedder embedder(
      EmbeddingsConfiguration config, List<Duration> pauses) {
    return new OpenAiCompatibleEmbedder(config, pauses::add);
  }
}
