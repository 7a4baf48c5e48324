package dev.engram.memory.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local server speaking the OpenAI embeddings protocol ({@code POST /v1/embeddings}) on
 * 127.0.0.1, with vectors from {@link HashingEmbedder} so results are deterministic. It records
 * every request and can be scripted to misbehave on the next calls. Data items are returned in
 * reverse order, so clients must order them by {@code index}.
 */
public final class OpenAiEmbeddingsFixture implements AutoCloseable {
  /** One request as received. */
  public record Request(
      Optional<String> authorization, String model, List<String> input, OptionalInt dimensions) {}

  private sealed interface Step {}

  private record Fail(int status, OptionalInt retryAfterSeconds) implements Step {}

  private record Stall() implements Step {}

  private record WrongDimensions(int dimensions) implements Step {}

  private record Malformed() implements Step {}

  private final ObjectMapper json = new ObjectMapper();
  private final int dimensions;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch released = new CountDownLatch(1);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Queue<Step> script = new ConcurrentLinkedQueue<>();

  private OpenAiEmbeddingsFixture(int dimensions) throws IOException {
    this.dimensions = dimensions;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/embeddings", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server whose vectors have {@code dimensions} components unless a request asks. */
  public static OpenAiEmbeddingsFixture start(int dimensions) {
    try {
      return new OpenAiEmbeddingsFixture(dimensions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base URL to configure as {@code engram.embeddings.url}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Requests received so far, in arrival order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Forgets recorded requests and pending script steps. */
  public void reset() {
    requests.clear();
    script.clear();
  }

  /** The next {@code calls} requests get HTTP 429 with a {@code Retry-After} header. */
  public void rateLimitNext(int calls, int retryAfterSeconds) {
    for (int i = 0; i < calls; i++) {
      script.add(new Fail(429, OptionalInt.of(retryAfterSeconds)));
    }
  }

  /** The next {@code calls} requests get {@code status} without a body worth reading. */
  public void failNext(int calls, int status) {
    for (int i = 0; i < calls; i++) {
      script.add(new Fail(status, OptionalInt.empty()));
    }
  }

  /** The next {@code calls} requests get no answer until the fixture is closed. */
  public void stallNext(int calls) {
    for (int i = 0; i < calls; i++) {
      script.add(new Stall());
    }
  }

  /** The next request gets vectors of {@code wrongDimensions} components. */
  public void wrongDimensionsNext(int wrongDimensions) {
    script.add(new WrongDimensions(wrongDimensions));
  }

  /** The next request gets HTTP 200 with a body that is not JSON. */
  public void malformedNext() {
    script.add(new Malformed());
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode body = json.readTree(exchange.getRequestBody());
      List<String> input = new ArrayList<>();
      body.path("input").forEach(text -> input.add(text.asText()));
      OptionalInt requested =
          body.has("dimensions")
              ? OptionalInt.of(body.get("dimensions").asInt())
              : OptionalInt.empty();
      requests.add(
          new Request(
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")),
              body.path("model").asText(),
              List.copyOf(input),
              requested));
      Step step = script.poll();
      int size = requested.orElse(dimensions);
      switch (step) {
        case null -> respond(exchange, 200, embeddings(body.path("model").asText(), input, size));
        case Fail fail -> {
          fail.retryAfterSeconds()
              .ifPresent(s -> exchange.getResponseHeaders().add("Retry-After", String.valueOf(s)));
          respond(exchange, fail.status(), "{\"error\":{\"message\":\"scripted failure\"}}");
        }
        case Stall _ -> {
          awaitRelease();
          respond(exchange, 200, embeddings(body.path("model").asText(), input, size));
        }
        case WrongDimensions wrong ->
            respond(
                exchange, 200, embeddings(body.path("model").asText(), input, wrong.dimensions()));
        case Malformed _ -> respond(exchange, 200, "{\"data\": [ {\"index\": 0, ");
      }
    }
  }

  private void awaitRelease() {
    try {
      released.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String embeddings(String model, List<String> input, int size) throws IOException {
    HashingEmbedder embedder = new HashingEmbedder(size);
    ObjectNode response = json.createObjectNode().put("object", "list").put("model", model);
    ArrayNode data = response.putArray("data");
    for (int i = input.size() - 1; i >= 0; i--) {
      ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
      ArrayNode vector = item.putArray("embedding");
      for (float v : embedder.embed(input.get(i))) {
        vector.add(v);
      }
    }
    response.putObject("usage").put("prompt_tokens", 0).put("total_tokens", 0);
    return json.writeValueAsString(response);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
