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
 * Synchronous: run it on a background thread or inside a job.
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

  /** Sends the body until a 2xx, a final refusal or the last attempt. */
  public CallbackOutcome post(URI url, Map<String, String> headers, byte[] json) {
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
    HttpRequest request = builder.build();
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<Integer> lastStatus = new AtomicReference<>();
    Retry retry =
        policy.retry(
            "callback",
            Attempt::retryable,
            e -> false,
            outcome -> RetryPolicy.ifResult(outcome, Attempt::retryAfter).flatMap(w -> w),
            pause);
    Attempt last =
        retry.executeSupplier(
            () -> {
              Attempt attempt = attempt(url, request, attempts, lastStatus);
              if (attempt.retryable()) {
                LOG.debug("callback to {} failed (attempt {}): {}", url, attempts, attempt.error());
              }
              return attempt;
            });
    if (last.outcome() != null) {
      return last.outcome();
    }
    return new CallbackOutcome(
        false,
        attempts.get(),
        lastStatus.get(),
        "gave up after " + attempts.get() + " attempts: " + last.error());
  }

  /** One attempt: an outcome when it is final, else why it failed and may be retried. */
  private record Attempt(
      @Nullable CallbackOutcome outcome, @Nullable String error, Optional<Duration> retryAfter) {
    boolean retryable() {
      return outcome == null;
    }
  }

  private Attempt attempt(
      URI url, HttpRequest request, AtomicInteger attempts, AtomicReference<Integer> lastStatus) {
    Optional<String> refused = urls.recheck(url);
    if (refused.isPresent()) {
      return done(false, attempts.get(), lastStatus.get(), "refused: " + refused.get());
    }
    attempts.incrementAndGet();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      int status = response.statusCode();
      lastStatus.set(status);
      if (status / 100 == 2) {
        return done(true, attempts.get(), status, null);
      }
      if (!retryable(status)) {
        String redirect = status / 100 == 3 ? " (redirects are not followed)" : "";
        return done(false, attempts.get(), status, "HTTP " + status + redirect);
      }
      return new Attempt(
          null,
          "HTTP " + status,
          RetryPolicy.retryAfter(response.headers().firstValue("Retry-After")));
    } catch (IOException e) {
      String error =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new Attempt(null, error, Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return done(false, attempts.get(), lastStatus.get(), "interrupted");
    }
  }

  private static Attempt done(
      boolean delivered, int attempts, @Nullable Integer status, @Nullable String error) {
    return new Attempt(
        new CallbackOutcome(delivered, attempts, status, error), null, Optional.empty());
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
