package dev.engram.memory.callback;

import static java.util.Objects.requireNonNull;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs JSON to a vetted callback URL: up to {@code max-attempts} attempts with exponential backoff
 * (HTTP 408, 429, 5xx and network errors are retried; other statuses give up at once), redirects
 * never followed, no proxy, a timeout per attempt, and the SSRF guard re-checked before every
 * attempt. Synchronous: run it on a background thread or inside a job.
 */
@Singleton
public final class CallbackSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

  /** Waits between attempts; tests may record instead of sleeping. */
  @FunctionalInterface
  interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private final CallbackConfiguration config;
  private final CallbackUrls urls;
  private final Pause pause;
  private final HttpClient http;

  @Inject
  public CallbackSender(CallbackConfiguration config, CallbackUrls urls) {
    this(config, urls, duration -> Thread.sleep(duration));
  }

  CallbackSender(CallbackConfiguration config, CallbackUrls urls, Pause pause) {
    this.config = requireNonNull(config, "config is null");
    this.urls = requireNonNull(urls, "urls is null");
    this.pause = requireNonNull(pause, "pause is null");
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
    Integer lastStatus = null;
    String error = "no attempt made";
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      Optional<String> refused = urls.recheck(url);
      if (refused.isPresent()) {
        return new CallbackOutcome(false, attempt - 1, lastStatus, "refused: " + refused.get());
      }
      try {
        HttpResponse<InputStream> response =
            http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        int status = response.statusCode();
        lastStatus = status;
        if (status / 100 == 2) {
          return new CallbackOutcome(true, attempt, status, null);
        }
        error = "HTTP " + status;
        if (!retryable(status)) {
          return new CallbackOutcome(
              false,
              attempt,
              status,
              error + (status / 100 == 3 ? " (redirects are not followed)" : ""));
        }
      } catch (IOException e) {
        error =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new CallbackOutcome(false, attempt, lastStatus, "interrupted");
      }
      LOG.debug("callback to {} failed (attempt {}): {}", url, attempt, error);
      if (attempt < config.maxAttempts()) {
        try {
          pause.pause(backoff(attempt));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new CallbackOutcome(false, attempt, lastStatus, "interrupted");
        }
      }
    }
    return new CallbackOutcome(
        false,
        config.maxAttempts(),
        lastStatus,
        "gave up after " + config.maxAttempts() + " attempts: " + error);
  }

  /** The wait after the given attempt: the base, doubled for every further attempt. */
  Duration backoff(int attempt) {
    return config.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
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
