package dev.engram.memory.embed;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Which embedder turns text into vectors. Without {@code url}, the in-process model ({@code
 * localModel}) runs offline; with it, an OpenAI-compatible embeddings endpoint is called.
 *
 * @param url base URL of an OpenAI-compatible embeddings API, e.g. {@code
 *     https://api.openai.com/v1} ({@code /embeddings} is appended); when unset, the in-process
 *     model {@code localModel} is used
 * @param apiKey bearer token sent to the embeddings endpoint; no {@code Authorization} header when
 *     unset
 * @param model model name sent to the embeddings endpoint; the model id stored with vectors is
 *     {@code openai:<model>}
 * @param dimensions vector length to request from the endpoint (sent as {@code dimensions}); when
 *     unset, learned from the first response and then enforced
 * @param batchSize most texts sent in one request to the embeddings endpoint
 * @param timeout connect and response timeout of one request to the embeddings endpoint
 * @param maxAttempts attempts per request to the embeddings endpoint, retrying HTTP 429, 5xx and
 *     I/O errors
 * @param backoff wait before the first retry, doubled for every further retry ({@code Retry-After}
 *     is honoured when longer)
 * @param threads intra-op threads of the in-process model per call; 1 suits concurrent callers
 * @param localModel the in-process model used when {@code url} is unset: {@code all-minilm-l6-v2-q}
 *     (default), {@code bge-small-en-v15-q} or {@code e5-small-v2-q} ({@link LocalModel}); after a
 *     change, {@code ./engram reindex} re-embeds the stored memories (until then, search skips
 *     vectors of the other model)
 */
@ConfigurationProperties("engram.embeddings")
public record EmbeddingsConfiguration(
    @Nullable String url,
    @Nullable String apiKey,
    @NotBlank @Bindable(defaultValue = "text-embedding-3-small") String model,
    @Nullable @Positive Integer dimensions,
    @Positive @Bindable(defaultValue = "64") int batchSize,
    @Bindable(defaultValue = "30s") Duration timeout,
    @Positive @Bindable(defaultValue = "3") int maxAttempts,
    @Bindable(defaultValue = "500ms") Duration backoff,
    @Positive @Bindable(defaultValue = "1") int threads,
    @Bindable(defaultValue = "ALL_MINILM_L6_V2_Q") LocalModel localModel) {

  public EmbeddingsConfiguration {
    requireNonNull(model, "model is null");
    requireNonNull(timeout, "timeout is null");
    requireNonNull(backoff, "backoff is null");
    requireNonNull(localModel, "localModel is null");
    check(!model.isBlank(), "model is blank");
    check(dimensions == null || dimensions > 0, "dimensions must be positive");
    check(batchSize > 0, "batchSize must be positive");
    check(timeout.isPositive(), "timeout must be positive");
    check(maxAttempts > 0, "maxAttempts must be positive");
    check(!backoff.isNegative(), "backoff must not be negative");
    check(threads > 0, "threads must be positive");
  }

  /** The settings used when nothing is configured: the in-process model with one thread. */
  public static EmbeddingsConfiguration defaults() {
    return new EmbeddingsConfiguration(
        null,
        null,
        "text-embedding-3-small",
        null,
        64,
        Duration.ofSeconds(30),
        3,
        Duration.ofMillis(500),
        1,
        LocalModel.ALL_MINILM_L6_V2_Q);
  }

  /** The endpoint base URL, when one is configured. */
  public Optional<String> endpoint() {
    return Optional.ofNullable(url).filter(u -> !u.isBlank());
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("engram.embeddings: " + message);
    }
  }
}
