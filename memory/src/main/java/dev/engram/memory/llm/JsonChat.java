package dev.engram.memory.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.retry.RetryPolicy;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured LLM call as every LLM engine makes it: a system and a user prompt, a JSON object
 * back, read and validated by the caller's {@link OutputReader}.
 *
 * <p>Malformed or invalid output is retried once, telling the model what was wrong. HTTP 429, 5xx,
 * timeouts and connection failures are retried once under the engine's {@link RetryPolicy}, after
 * one second or the server's {@code Retry-After} when longer, bounded by {@code
 * engram.llm.max-retry-wait}. Anything else, or a second failure, throws {@link LlmFailure}, on
 * which the engines fall back to the rule engine. Each call is counted in {@code llm.calls} by
 * engine and outcome.
 */
final class JsonChat {
  private static final Logger LOG = LoggerFactory.getLogger(JsonChat.class);
  private static final Duration DEFAULT_RETRY_WAIT = Duration.ofSeconds(1);
  private static final String JSON_ONLY =
      "\n\nAnswer with one JSON object only: no prose, no code fences.";

  private final ChatModel model;
  private final RetryPolicy policy;
  private final @Nullable MeterRegistry registry;
  private final @Nullable LlmCallBudget budget;
  private final @Nullable String appId;
  private final ObjectMapper json = Json.mapper();

  JsonChat(ChatModel model, LlmConfiguration configuration, @Nullable MeterRegistry registry) {
    this(model, configuration, registry, null);
  }

  JsonChat(
      ChatModel model,
      LlmConfiguration configuration,
      @Nullable MeterRegistry registry,
      @Nullable LlmCallBudget budget) {
    this.model = model;
    this.policy = new RetryPolicy(2, DEFAULT_RETRY_WAIT, configuration.maxRetryWait());
    this.registry = registry;
    this.budget = budget;
    this.appId = null;
  }

  private JsonChat(JsonChat unbound, String appId) {
    this.model = unbound.model;
    this.policy = unbound.policy;
    this.registry = unbound.registry;
    this.budget = unbound.budget;
    this.appId = appId;
  }

  /**
   * The same chat making its calls for an app: each one is taken from the {@link LlmCallBudget}
   * first (a refusal is an {@link LlmFailure}, so the engine falls back to its rules).
   */
  JsonChat forApp(String appId) {
    return budget == null ? this : new JsonChat(this, java.util.Objects.requireNonNull(appId));
  }

  /**
   * Asks and reads the answer.
   *
   * @param engine the engine asking ({@code resolver}, {@code extractor}, …), for the metric
   * @throws LlmFailure when no valid answer came after the retries
   */
  <T> T call(String engine, String system, String user, OutputReader<T> reader) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(system + JSON_ONLY));
    messages.add(UserMessage.from(user));
    try {
      String first = send(messages);
      try {
        T result = read(first, reader);
        count(engine, "success");
        return result;
      } catch (InvalidOutput e) {
        LOG.debug("{}: invalid LLM output, asking again: {}", engine, e.getMessage());
        messages.add(AiMessage.from(first));
        messages.add(
            UserMessage.from(
                "That answer was not usable: "
                    + e.getMessage()
                    + ". Answer again with the corrected JSON object only."));
      }
      String second = send(messages);
      try {
        T result = read(second, reader);
        count(engine, "success_after_retry");
        return result;
      } catch (InvalidOutput e) {
        throw new LlmFailure(
            "invalid_output", "invalid output twice: " + shorten(e.getMessage()), e);
      }
    } catch (LlmFailure e) {
      count(engine, e.outcome());
      LOG.warn("{}: LLM call failed, the rule engine decides: {}", engine, e.getMessage());
      throw e;
    }
  }

  private String send(List<ChatMessage> messages) {
    ChatRequest request = ChatRequest.builder().messages(List.copyOf(messages)).build();
    Retry retry =
        policy.retry(
            "llm",
            answer -> false,
            thrown -> Transport.of(thrown).retryable(),
            outcome ->
                outcome.isLeft() ? Transport.of(outcome.getLeft()).retryAfter() : Optional.empty(),
            wait -> {});
    AtomicInteger attempts = new AtomicInteger();
    try {
      return retry.executeSupplier(
          () -> {
            attempts.incrementAndGet();
            take();
            return text(model.chat(request).aiMessage());
          });
    } catch (Refused e) {
      throw new LlmFailure("quota_exceeded", "not called: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      Transport failure = Transport.of(e);
      throw new LlmFailure(
          failure.outcome(), failure.why() + (attempts.get() > 1 ? " after a retry" : ""), e);
    }
  }

  /** Takes this call (each attempt that reaches the LLM is one) from the app's budget. */
  private void take() {
    if (budget == null || appId == null) {
      return;
    }
    try {
      budget.take(appId);
    } catch (RuntimeException e) {
      throw new Refused(e);
    }
  }

  /** The budget refused the call; never retried. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static String text(@Nullable AiMessage message) {
    return message == null || message.text() == null ? "" : message.text();
  }

  private <T> T read(String answer, OutputReader<T> reader) throws InvalidOutput {
    String body = answer.strip();
    int start = body.indexOf('{');
    int end = body.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new InvalidOutput("the answer was not a JSON object");
    }
    JsonNode node;
    try {
      node = json.readTree(body.substring(start, end + 1));
    } catch (JsonProcessingException e) {
      throw new InvalidOutput("the answer was not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidOutput("the answer was not a JSON object");
    }
    return reader.read(node);
  }

  private void count(String engine, String outcome) {
    if (registry != null) {
      Counter.builder("llm.calls")
          .description("LLM calls by engine and outcome")
          .tag("engine", engine)
          .tag("outcome", outcome)
          .register(registry)
          .increment();
    }
  }

  private static String shorten(String message) {
    return message.length() <= 120 ? message : message.substring(0, 117) + "...";
  }

  /** What went wrong on the wire, and whether one retry may help. */
  private record Transport(
      String outcome, String why, boolean retryable, Optional<Duration> retryAfter) {

    static Transport of(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof LlmHttpClient.StatusException status) {
          return status(status.statusCode(), status.retryAfter());
        }
        if (t instanceof HttpException http) {
          return status(http.statusCode(), Optional.empty());
        }
        if (t instanceof HttpTimeoutException
            || t instanceof java.net.SocketTimeoutException
            || t instanceof dev.langchain4j.exception.TimeoutException) {
          return new Transport("timeout", "timeout", true, Optional.empty());
        }
        if (t instanceof IOException) {
          return new Transport(
              "unreachable",
              "cannot reach the LLM: " + t.getClass().getSimpleName(),
              true,
              Optional.empty());
        }
      }
      return new Transport(
          "error", "LLM error: " + thrown.getClass().getSimpleName(), false, Optional.empty());
    }

    private static Transport status(int code, Optional<Duration> retryAfter) {
      if (code == 429) {
        return new Transport("rate_limited", "HTTP 429", true, retryAfter);
      }
      if (code >= 500) {
        return new Transport("server_error", "HTTP " + code, true, retryAfter);
      }
      return new Transport("rejected", "HTTP " + code, false, Optional.empty());
    }
  }
}
