package dev.engram.memory.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local chat-model server on 127.0.0.1 with scripted answers: it speaks OpenAI's chat completions
 * ({@code POST /v1/chat/completions}), Anthropic's messages ({@code POST /v1/messages}) and
 * Ollama's chat ({@code POST /api/chat}). Each request takes the first scripted step whose
 * condition it meets (steps without a condition match any request); with no step left it gets HTTP
 * 500. Steps: an answer's content (JSON or not), a delay (longer than the client's timeout to make
 * it time out), HTTP 429 with {@code Retry-After}, any other status. Every request is recorded,
 * with the most requests it saw in flight at once.
 */
public final class ChatCompletionsFixture implements AutoCloseable {

  /** One chat message as the client sent it. */
  public record Turn(String role, String content) {}

  /**
   * One request as received.
   *
   * @param provider {@code openai}, {@code anthropic} or {@code ollama}, by path
   * @param model the model named in the request
   * @param system the system prompt
   * @param turns the other messages, in order
   * @param jsonMode whether the request asked for a JSON object ({@code response_format} or
   *     Ollama's {@code format})
   * @param authorization the {@code Authorization} or {@code x-api-key} header
   * @param receivedAt when it arrived
   */
  public record Request(
      String provider,
      String model,
      String system,
      List<Turn> turns,
      boolean jsonMode,
      Optional<String> authorization,
      Instant receivedAt) {

    /** The last user message. */
    public String lastUserMessage() {
      for (int i = turns.size() - 1; i >= 0; i--) {
        if (turns.get(i).role().equals("user")) {
          return turns.get(i).content();
        }
      }
      return "";
    }
  }

  private sealed interface Reply {}

  private record Content(String text, Duration delay) implements Reply {}

  private record Status(int status, Optional<Integer> retryAfterSeconds) implements Reply {}

  private record Step(Predicate<Request> condition, Reply reply) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Step> script = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private ChatCompletionsFixture() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", e -> handle(e, "openai"));
    server.createContext("/v1/messages", e -> handle(e, "anthropic"));
    server.createContext("/api/chat", e -> handle(e, "ollama"));
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server on a free loopback port. */
  public static ChatCompletionsFixture start() {
    try {
      return new ChatCompletionsFixture();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Base URL for {@code engram.llm.base-url} with the {@code openai} or {@code anthropic} provider.
   */
  public String url() {
    return root() + "/v1";
  }

  /**
   * Points an application at this fixture: the {@code engram.llm.*} settings of an
   * OpenAI-compatible provider with short timeouts, added to the test's properties.
   */
  public Map<String, String> configure(Map<String, String> properties) {
    properties.put("engram.llm.provider", "openai");
    properties.put("engram.llm.base-url", url());
    properties.put("engram.llm.api-key", "sk-test-secret");
    properties.put("engram.llm.model", "fixture-model");
    properties.put("engram.llm.timeout", "5s");
    properties.put("engram.llm.max-retry-wait", "100ms");
    return properties;
  }

  /** Base URL for {@code engram.llm.base-url} with the {@code ollama} provider. */
  public String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next request answers with {@code content} as the assistant's message. */
  public ChatCompletionsFixture answer(String content) {
    return add(r -> true, new Content(content, Duration.ZERO));
  }

  /** The next request whose system prompt contains {@code text} answers with {@code content}. */
  public ChatCompletionsFixture answerWhenSystemContains(String text, String content) {
    return add(r -> r.system().contains(text), new Content(content, Duration.ZERO));
  }

  /** Like {@link #answerWhenSystemContains} after a delay. */
  public ChatCompletionsFixture answerWhenSystemContains(
      String text, String content, Duration delay) {
    return add(r -> r.system().contains(text), new Content(content, delay));
  }

  /** The next request answers with something that is not a JSON object. */
  public ChatCompletionsFixture malformed() {
    return answer("Sure! Here it is: {action: ADD, reason: \"unquoted keys\"}");
  }

  /** The next request answers {@code content} only after {@code delay}. */
  public ChatCompletionsFixture delayed(Duration delay, String content) {
    return add(r -> true, new Content(content, delay));
  }

  /** The next request gets HTTP 429 with {@code Retry-After: retryAfterSeconds}. */
  public ChatCompletionsFixture rateLimited(int retryAfterSeconds) {
    return add(r -> true, new Status(429, Optional.of(retryAfterSeconds)));
  }

  /** The next request gets {@code status} with an error body. */
  public ChatCompletionsFixture fail(int status) {
    return add(r -> true, new Status(status, Optional.empty()));
  }

  /** Requests received so far, in arrival order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The most requests that were being answered at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Scripted steps no request has taken yet. */
  public synchronized int pending() {
    return script.size();
  }

  /** Forgets requests and pending steps. */
  public synchronized void reset() {
    script.clear();
    requests.clear();
    maxInFlight.set(0);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private synchronized ChatCompletionsFixture add(Predicate<Request> condition, Reply reply) {
    script.add(new Step(condition, reply));
    return this;
  }

  private synchronized Optional<Reply> take(Request request) {
    for (Iterator<Step> it = script.iterator(); it.hasNext(); ) {
      Step step = it.next();
      if (step.condition().test(request)) {
        it.remove();
        return Optional.of(step.reply());
      }
    }
    return Optional.empty();
  }

  private void handle(HttpExchange exchange, String provider) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try (exchange) {
      JsonNode body = json.readTree(exchange.getRequestBody());
      Request request = parse(provider, body, exchange);
      requests.add(request);
      Reply reply =
          take(request).orElse(new Status(500, Optional.empty())); // unscripted: a server error
      switch (reply) {
        case Content content -> {
          if (!content.delay().isZero()
              && closed.await(content.delay().toMillis(), TimeUnit.MILLISECONDS)) {
            return;
          }
          respond(exchange, 200, answer(provider, request.model(), content.text()));
        }
        case Status status -> {
          status
              .retryAfterSeconds()
              .ifPresent(s -> exchange.getResponseHeaders().add("Retry-After", String.valueOf(s)));
          respond(
              exchange,
              status.status(),
              "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout) before the answer
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static Request parse(String provider, JsonNode body, HttpExchange exchange) {
    StringBuilder system = new StringBuilder();
    List<Turn> turns = new ArrayList<>();
    if (provider.equals("anthropic")) {
      system.append(text(body.path("system")));
    }
    for (JsonNode message : body.path("messages")) {
      String role = message.path("role").asText();
      String content = text(message.path("content"));
      if (role.equals("system")) {
        system.append(content);
      } else {
        turns.add(new Turn(role, content));
      }
    }
    boolean jsonMode =
        body.path("response_format").path("type").asText().startsWith("json")
            || body.path("format").asText().equals("json")
            || body.path("format").isObject();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null) {
      authorization = exchange.getRequestHeaders().getFirst("x-api-key");
    }
    return new Request(
        provider,
        body.path("model").asText(),
        system.toString(),
        List.copyOf(turns),
        jsonMode,
        Optional.ofNullable(authorization),
        Instant.now());
  }

  /** A string content, or the text parts of an array of content blocks. */
  private static String text(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      text.append(block.path("text").asText());
    }
    return text.toString();
  }

  private String answer(String provider, String model, String content) throws IOException {
    ObjectNode answer = json.createObjectNode();
    switch (provider) {
      case "anthropic" -> {
        answer.put("id", "msg_fixture").put("type", "message").put("role", "assistant");
        answer.put("model", model);
        answer.putArray("content").addObject().put("type", "text").put("text", content);
        answer.put("stop_reason", "end_turn").putNull("stop_sequence");
        answer.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
      }
      case "ollama" -> {
        answer.put("model", model).put("created_at", "2026-01-01T00:00:00Z");
        answer.putObject("message").put("role", "assistant").put("content", content);
        answer.put("done", true).put("done_reason", "stop");
        answer.put("prompt_eval_count", 1).put("eval_count", 1);
      }
      default -> {
        answer.put("id", "chatcmpl-fixture").put("object", "chat.completion");
        answer.put("created", 1_767_225_600L).put("model", model);
        ObjectNode choice = answer.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        answer
            .putObject("usage")
            .put("prompt_tokens", 1)
            .put("completion_tokens", 1)
            .put("total_tokens", 2);
      }
    }
    return json.writeValueAsString(answer);
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
