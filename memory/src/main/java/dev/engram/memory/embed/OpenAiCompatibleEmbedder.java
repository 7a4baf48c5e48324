package dev.engram.memory.embed;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.retry.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Embeds through any OpenAI-compatible {@code POST /embeddings} endpoint (OpenAI, Azure-style
 * proxies, vLLM, Ollama, LiteLLM …): batches of {@code batchSize} texts, retries of HTTP 429, 5xx
 * and I/O errors under the engine's {@link RetryPolicy} (exponential backoff, or {@code
 * Retry-After} when longer, at most a minute), and a fixed vector length.
 */
@Singleton
@Requires(property = "engram.embeddings.url")
final class OpenAiCompatibleEmbedder implements Embedder, AutoCloseable {
  /** Roughly the 8,191-token input limit of OpenAI's models for English text. */
  static final int MAX_CHARS = 24_000;

  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  private static final String PROBE = "dimension probe";

  private final EmbeddingsConfiguration config;
  private final URI endpoint;
  private final HttpClient http;
  private final RetryPolicy policy;
  private final Consumer<Duration> pause;
  private final ObjectMapper json = Json.mapper();
  private final AtomicInteger dimensions = new AtomicInteger();

  @Inject
  OpenAiCompatibleEmbedder(EmbeddingsConfiguration config) {
    this(config, wait -> {});
  }

  /** {@code pause} hears every wait between two attempts before it starts. */
  OpenAiCompatibleEmbedder(EmbeddingsConfiguration config, Consumer<Duration> pause) {
    this.config = requireNonNull(config, "config is null");
    this.pause = requireNonNull(pause, "pause is null");
    this.policy = new RetryPolicy(config.maxAttempts(), config.backoff(), MAX_RETRY_AFTER);
    String base =
        config
            .endpoint()
            .orElseThrow(() -> new IllegalArgumentException("engram.embeddings.url is not set"));
    this.endpoint = URI.create(base.replaceAll("/+$", "") + "/embeddings");
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    if (config.dimensions() != null) {
      dimensions.set(config.dimensions());
    }
  }

  @Override
  public String modelId() {
    return "openai:" + config.model();
  }

  /** The configured length, else the one learned from the first response (probing if none yet). */
  @Override
  public int dimensions() {
    if (dimensions.get() == 0) {
      embed(PROBE);
    }
    return dimensions.get();
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).getFirst();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    requireNonNull(texts, "texts is null");
    List<String> inputs = new ArrayList<>(texts.size());
    for (String text : texts) {
      inputs.add(Vectors.truncate(Vectors.requireText(text), MAX_CHARS));
    }
    List<float[]> vectors = new ArrayList<>(inputs.size());
    for (int from = 0; from < inputs.size(); from += config.batchSize()) {
      List<String> batch = inputs.subList(from, Math.min(inputs.size(), from + config.batchSize()));
      vectors.addAll(Arrays.asList(request(batch)));
    }
    return List.copyOf(vectors);
  }

  @Override
  @PreDestroy
  public void close() {
    http.close();
  }

  private float[][] request(List<String> batch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(batch)));
    if (config.apiKey() != null && !config.apiKey().isBlank()) {
      request.header("Authorization", "Bearer " + config.apiKey());
    }
    HttpRequest built = request.build();
    Retry retry =
        policy.retry(
            "embeddings",
            Attempt::retryable,
            e -> false,
            outcome -> RetryPolicy.ifResult(outcome, Attempt::retryAfter).flatMap(w -> w),
            pause);
    Attempt last = retry.executeSupplier(() -> attempt(built, batch.size()));
    if (last.vectors() != null) {
      return last.vectors();
    }
    throw failed(
        "embeddings endpoint "
            + endpoint
            + " failed after "
            + config.maxAttempts()
            + " attempts: "
            + last.failure(),
        last.cause());
  }

  /** One request: the vectors, or why it failed when another attempt may help. */
  private record Attempt(
      @Nullable float[][] vectors,
      @Nullable String failure,
      @Nullable Throwable cause,
      Optional<Duration> retryAfter) {
    boolean retryable() {
      return vectors == null;
    }
  }

  private Attempt attempt(HttpRequest request, int expected) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new Attempt(parse(response.body(), expected), null, null, Optional.empty());
      }
      String failure = "HTTP " + status + " " + excerpt(response.body());
      if (status != 429 && status / 100 != 5) {
        throw failed("embeddings endpoint " + endpoint + " answered " + failure, null);
      }
      return new Attempt(
          null,
          failure,
          null,
          RetryPolicy.retryAfter(response.headers().firstValue("Retry-After")));
    } catch (IOException e) {
      return new Attempt(
          null, e.getClass().getSimpleName() + ": " + e.getMessage(), e, Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed("interrupted while calling the embeddings endpoint", e);
    }
  }

  private byte[] body(List<String> batch) {
    ObjectNode body = json.createObjectNode().put("model", config.model());
    ArrayNode input = body.putArray("input");
    batch.forEach(input::add);
    if (config.dimensions() != null) {
      body.put("dimensions", config.dimensions());
    }
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw failed("cannot write the embeddings request", e);
    }
  }

  private float[][] parse(byte[] body, int expected) {
    JsonNode data;
    try {
      data = json.readTree(body).path("data");
    } catch (IOException e) {
      throw failed("malformed JSON from embeddings endpoint " + endpoint, e);
    }
    if (!data.isArray() || data.size() != expected) {
      throw failed(
          "embeddings endpoint returned "
              + (data.isArray() ? data.size() + " vectors" : "no data array")
              + " for "
              + expected
              + " texts",
          null);
    }
    float[][] vectors = new float[expected][];
    for (JsonNode item : data) {
      JsonNode index = item.path("index");
      JsonNode embedding = item.path("embedding");
      if (!index.canConvertToInt()
          || index.asInt() < 0
          || index.asInt() >= expected
          || vectors[index.asInt()] != null
          || !embedding.isArray()) {
        throw failed("malformed embedding item from embeddings endpoint: " + excerpt(item), null);
      }
      vectors[index.asInt()] = Vectors.normalize(checkDimensions(toFloats(embedding)));
    }
    return vectors;
  }

  private float[] toFloats(JsonNode embedding) {
    float[] vector = new float[embedding.size()];
    for (int i = 0; i < vector.length; i++) {
      JsonNode value = embedding.get(i);
      if (!value.isNumber()) {
        throw failed("non-numeric vector component from embeddings endpoint", null);
      }
      vector[i] = value.floatValue();
    }
    return vector;
  }

  private float[] checkDimensions(float[] vector) {
    dimensions.compareAndSet(0, vector.length);
    int expected = dimensions.get();
    if (vector.length != expected) {
      throw new MemoryException(
          MemoryErrorCode.DIMENSION_MISMATCH,
          "embeddings endpoint returned a "
              + vector.length
              + "-dimensional vector, expected "
              + expected
              + " for "
              + modelId());
    }
    return vector;
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static String excerpt(JsonNode node) {
    return excerpt(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static MemoryException failed(String message, Throwable cause) {
    return new MemoryException(MemoryErrorCode.EMBEDDING_FAILED, message, null, cause);
  }
}
