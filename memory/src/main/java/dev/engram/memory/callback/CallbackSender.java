package dev.engram.memory.callback;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.retry.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs JSON to a vetted callback URL: up to {@code max-attempts} attempts under the engine's
 * {@link RetryPolicy} (exponential backoff, or the receiver's {@code Retry-After} when longer; HTTP
 * 408, 429, 5xx and network errors are retried; other statuses give up at once), redirects never
 * followed, no proxy, a timeout per attempt, and the SSRF guard re-checked before every attempt.
 * {@link #post} waits between attempts on its thread; a durable job makes one {@link #attempt} per
 * run instead and is rescheduled after {@link #waitAfter}.
 */
@Singleton
public final class CallbackSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

  /** The longest wait between two attempts, a receiver's {@code Retry-After} included. */
  static final Duration MAX_WAIT = Duration.ofMinutes(1);

  private final CallbackConfiguration config;
  private final CallbackUrls urls;
  private final RetryPolicy policy;
  private final Consumer<Duration> pause;
  private final HttpClient http;

  @Inject
  public CallbackSender(CallbackConfiguration config, CallbackUrls urls) {
    this(config, urls, wait -> {});
  }

  /** {@code pause} hears every wait between two attempts before it starts. */
  CallbackSender(CallbackConfiguration config, CallbackUrls urls, Consumer<Duration> pause) {
    this.config = requireNonNull(config, "config is null");
    this.urls = requireNonNull(urls, "urls is null");
    this.pause = requireNonNull(pause, "pause is null");
    this.policy = new RetryPolicy(config.maxAttempts(), config.backoff(), MAX_WAIT);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
  }

  /** Sends the body until a 2xx, a final refusal or the last attempt, waiting in between. */
  public CallbackOutcome post(URI url, Map<String, String> headers, byte[] json) {
    HttpRequest request = request(url, headers, json);
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<Integer> lastStatus = new AtomicReference<>();
    Retry retry =
        policy.retry(
            "callback",
            CallbackAttempt::retryable,
            e -> false,
            outcome -> RetryPolicy.ifResult(outcome, CallbackAttempt::retryAfter).flatMap(w -> w),
            pause);
    CallbackAttempt last =
        retry.executeSupplier(
            () -> {
              CallbackAttempt attempt = send(url, request);
              if (attempt.sent()) {
                attempts.incrementAndGet();
              }
              if (attempt.status() != null) {
                lastStatus.set(attempt.status());
              }
              if (attempt.retryable()) {
                LOG.debug("callback to {} failed (attempt {}): {}", url, attempts, attempt.error());
              }
              return attempt;
            });
    return outcome(attempts.get(), lastStatus.get(), last);
  }

  /**
   * Makes one attempt, no retry: for a caller that keeps the attempts count and waits between
   * attempts itself (a durable job rescheduled at {@link #waitAfter}).
   */
  public CallbackAttempt attempt(URI url, Map<String, String> headers, byte[] json) {
    return send(url, request(url, headers, json));
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return policy.maxAttempts();
  }

  /**
   * The wait after failed attempt number {@code attempt} (1 = the first): the backoff doubled per
   * earlier failure, or the receiver's {@code Retry-After} when longer, at most {@link #MAX_WAIT}.
   */
  public Duration waitAfter(int attempt, Optional<Duration> retryAfter) {
    return policy.wait(attempt, retryAfter);
  }

  /**
   * How a callback went after {@code attempts} requests whose last answer (if any) had {@code
   * lastStatus}, {@code last} being the last attempt.
   */
  public static CallbackOutcome outcome(
      int attempts, @Nullable Integer lastStatus, CallbackAttempt last) {
    if (last.delivered()) {
      return new CallbackOutcome(true, attempts, last.status(), null);
    }
    if (last.isFinal()) {
      return new CallbackOutcome(false, attempts, lastStatus, last.error());
    }
    return new CallbackOutcome(
        false, attempts, lastStatus, "gave up after " + attempts + " attempts: " + last.error());
  }

  private HttpRequest request(URI url, Map<String, String> headers, byte[] json) {
    requireNonNull(url, "url is null");
    requireNonNull(headers, "headers is null");
    requireNonNull(json, "json is null");
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Engram-Callback/1")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    headers.forEach(builder::header);
    return builder.build();
  }

  private CallbackAttempt send(URI url, HttpRequest request) {
    Optional<String> refused = urls.recheck(url);
    if (refused.isPresent()) {
      return new CallbackAttempt(
          false, false, false, null, "refused: " + refused.get(), Optional.empty());
    }
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new CallbackAttempt(true, true, false, status, null, Optional.empty());
      }
      if (!retryable(status)) {
        String redirect = status / 100 == 3 ? " (redirects are not followed)" : "";
        return new CallbackAttempt(
            true, false, false, status, "HTTP " + status + redirect, Optional.empty());
      }
      return new CallbackAttempt(
          true,
          false,
          true,
          status,
          "HTTP " + status,
          RetryPolicy.retryAfter(response.headers().firstValue("Retry-After")));
    } catch (IOException e) {
      String error =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new CallbackAttempt(true, false, true, null, error, Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CallbackAttempt(true, false, false, null, "interrupted", Optional.empty());
    }
  }

  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status / 100 == 5;
  }

  @Override
  @PreDestroy
  public void close() {
    http.close();
  }
}
