package dev.engram.sdk;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Sends {@link ApiCall}s with the client's key, retry policy and typed errors. */
final class Transport {
  /** How the transport waits between attempts (tests record the waits instead). */
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;

    Executor after(Duration duration);

    Pause REAL =
        new Pause() {
          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration);
          }

          @Override
          public Executor after(Duration duration) {
            return CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS);
          }
        };
  }

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Pause pause;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  Transport(
      HttpClient http,
      URI base,
      Map<String, String> headers,
      Duration timeout,
      RetryPolicy policy,
      Clock clock,
      Pause pause) {
    this.http = http;
    this.base = base;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.policy = policy;
    this.clock = clock;
    this.pause = pause;
  }

  URI base() {
    return base;
  }

  HttpClient http() {
    return http;
  }

  int inFlight() {
    return inFlight.get();
  }

  long sent() {
    return sent.get();
  }

  long retries() {
    return retries.get();
  }

  /** Sends the call, retrying as the policy allows; returns what its reader reads. */
  <T> T send(ApiCall<T> call) {
    HttpRequest request = request(call);
    for (int attempt = 0; ; attempt++) {
      ApiCall.Response response;
      try {
        response = exchange(request);
      } catch (IOException failure) {
        Optional<Duration> wait = waitAfterFailure(attempt, call, failure);
        if (wait.isEmpty()) {
          throw Errors.transport(failure, base);
        }
        sleep(wait.get());
        continue;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new EngramException("interrupted while calling Engram");
      }
      if (response.status() < 400) {
        return call.reader().read(response);
      }
      Optional<Duration> wait = waitAfterStatus(attempt, call, response);
      if (wait.isEmpty()) {
        throw Errors.of(response, clock);
      }
      sleep(wait.get());
    }
  }

  /** The same as {@link #send}, without blocking a thread while waiting. */
  <T> CompletableFuture<T> sendAsync(ApiCall<T> call) {
    return attemptAsync(request(call), call, 0);
  }

  /** What one asynchronous attempt got: a response or a failure. */
  private record Outcome(HttpResponse<byte[]> raw, Throwable failure) {}

  private <T> CompletableFuture<T> attemptAsync(HttpRequest request, ApiCall<T> call, int attempt) {
    inFlight.incrementAndGet();
    sent.incrementAndGet();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle(Outcome::new)
        .thenCompose(outcome -> next(outcome, request, call, attempt));
  }

  private <T> CompletableFuture<T> next(
      Outcome outcome, HttpRequest request, ApiCall<T> call, int attempt) {
    inFlight.decrementAndGet();
    if (outcome.failure() != null) {
      Throwable cause = unwrap(outcome.failure());
      Optional<Duration> wait =
          cause instanceof IOException io ? waitAfterFailure(attempt, call, io) : Optional.empty();
      if (wait.isEmpty()) {
        return CompletableFuture.failedFuture(
            cause instanceof IOException ? Errors.transport(cause, base) : cause);
      }
      return retryLater(request, call, attempt, wait.get());
    }
    ApiCall.Response response = response(outcome.raw());
    if (response.status() < 400) {
      try {
        return CompletableFuture.completedFuture(call.reader().read(response));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    Optional<Duration> wait = waitAfterStatus(attempt, call, response);
    if (wait.isEmpty()) {
      return CompletableFuture.failedFuture(Errors.of(response, clock));
    }
    return retryLater(request, call, attempt, wait.get());
  }

  private <T> CompletableFuture<T> retryLater(
      HttpRequest request, ApiCall<T> call, int attempt, Duration wait) {
    retries.incrementAndGet();
    return CompletableFuture.supplyAsync(() -> null, pause.after(wait))
        .thenCompose(ignored -> attemptAsync(request, call, attempt + 1));
  }

  /**
   * Sends a call whose successful answer is written to {@code sink} as it arrives, never held in
   * memory whole; returns the bytes written. An error answer is read and thrown as {@link #send}
   * throws it. A failed attempt is retried as the policy allows only while nothing was written to
   * the sink; a failure to write to the sink is thrown as it is.
   */
  long stream(ApiCall<?> call, OutputStream sink) {
    HttpRequest request = request(call);
    for (int attempt = 0; ; attempt++) {
      Sink counting = new Sink(sink);
      Streamed streamed;
      inFlight.incrementAndGet();
      sent.incrementAndGet();
      try {
        streamed = http.send(request, counting.handler()).body();
      } catch (IOException failure) {
        counting.rethrowWriteFailure();
        Optional<Duration> wait =
            counting.written() > 0 ? Optional.empty() : waitAfterFailure(attempt, call, failure);
        if (wait.isEmpty()) {
          throw Errors.transport(failure, base);
        }
        sleep(wait.get());
        continue;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new EngramException("interrupted while calling Engram");
      } finally {
        inFlight.decrementAndGet();
      }
      if (streamed.error() == null) {
        return streamed.written();
      }
      Optional<Duration> wait = waitAfterStatus(attempt, call, streamed.error());
      if (wait.isEmpty()) {
        throw Errors.of(streamed.error(), clock);
      }
      sleep(wait.get());
    }
  }

  /** The same as {@link #stream}, without blocking a thread while waiting. */
  CompletableFuture<Long> streamAsync(ApiCall<?> call, OutputStream sink) {
    return streamAttempt(request(call), call, sink, 0);
  }

  private CompletableFuture<Long> streamAttempt(
      HttpRequest request, ApiCall<?> call, OutputStream sink, int attempt) {
    Sink counting = new Sink(sink);
    inFlight.incrementAndGet();
    sent.incrementAndGet();
    return http.sendAsync(request, counting.handler())
        .handle((response, failure) -> new StreamOutcome(response, failure))
        .thenCompose(
            outcome -> {
              inFlight.decrementAndGet();
              Optional<Duration> wait;
              if (outcome.failure() != null) {
                Throwable cause = unwrap(outcome.failure());
                if (counting.writeFailure() != null) {
                  return CompletableFuture.failedFuture(counting.writeFailure());
                }
                wait =
                    cause instanceof IOException io && counting.written() == 0
                        ? waitAfterFailure(attempt, call, io)
                        : Optional.empty();
                if (wait.isEmpty()) {
                  return CompletableFuture.failedFuture(
                      cause instanceof IOException ? Errors.transport(cause, base) : cause);
                }
              } else {
                Streamed streamed = outcome.response().body();
                if (streamed.error() == null) {
                  return CompletableFuture.completedFuture(streamed.written());
                }
                wait = waitAfterStatus(attempt, call, streamed.error());
                if (wait.isEmpty()) {
                  return CompletableFuture.failedFuture(Errors.of(streamed.error(), clock));
                }
              }
              retries.incrementAndGet();
              return CompletableFuture.supplyAsync(() -> null, pause.after(wait.get()))
                  .thenCompose(ignored -> streamAttempt(request, call, sink, attempt + 1));
            });
  }

  /** What a streamed answer was: the bytes written to the sink, or the error answer, read whole. */
  private record Streamed(long written, ApiCall.Response error) {}

  private record StreamOutcome(HttpResponse<Streamed> response, Throwable failure) {}

  /**
   * Writes a successful answer's body to the caller's stream chunk by chunk as the client receives
   * it, counting the bytes; an error answer (4xx/5xx) is collected instead, to be thrown.
   */
  private static final class Sink {
    private final OutputStream out;
    private long written;
    private UncheckedIOException writeFailure;

    Sink(OutputStream out) {
      this.out = out;
    }

    HttpResponse.BodyHandler<Streamed> handler() {
      return info -> {
        if (info.statusCode() >= 400) {
          return HttpResponse.BodySubscribers.mapping(
              HttpResponse.BodySubscribers.ofByteArray(),
              body ->
                  new Streamed(0, new ApiCall.Response(info.statusCode(), headers(info), body)));
        }
        return HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(this::write)),
            ignored -> new Streamed(written(), null));
      };
    }

    private synchronized void write(byte[] chunk) {
      try {
        out.write(chunk);
        written += chunk.length;
      } catch (IOException e) {
        writeFailure = new UncheckedIOException("writing the answer failed", e);
        throw writeFailure;
      }
    }

    synchronized long written() {
      return written;
    }

    synchronized UncheckedIOException writeFailure() {
      return writeFailure;
    }

    void rethrowWriteFailure() {
      UncheckedIOException failure = writeFailure();
      if (failure != null) {
        throw failure;
      }
    }

    private static Map<String, List<String>> headers(HttpResponse.ResponseInfo info) {
      return info.headers().map();
    }
  }

  private Optional<Duration> waitAfterFailure(int attempt, ApiCall<?> call, IOException failure) {
    if (attempt >= policy.maxRetries() || !Errors.retryable(failure, call.safe())) {
      return Optional.empty();
    }
    return Optional.of(policy.backoff(attempt));
  }

  private Optional<Duration> waitAfterStatus(
      int attempt, ApiCall<?> call, ApiCall.Response response) {
    if (attempt >= policy.maxRetries() || !policy.retryable(response.status(), call.safe())) {
      return Optional.empty();
    }
    Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock);
    if (asked.isPresent()) {
      return asked.get().compareTo(policy.maxRetryAfter()) > 0 ? Optional.empty() : asked;
    }
    return Optional.of(policy.backoff(attempt));
  }

  private void sleep(Duration wait) {
    retries.incrementAndGet();
    try {
      pause.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new EngramException("interrupted while waiting to retry");
    }
  }

  private ApiCall.Response exchange(HttpRequest request) throws IOException, InterruptedException {
    inFlight.incrementAndGet();
    sent.incrementAndGet();
    try {
      return response(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static ApiCall.Response response(HttpResponse<byte[]> raw) {
    byte[] body = raw.body() == null ? new byte[0] : raw.body();
    return new ApiCall.Response(raw.statusCode(), raw.headers().map(), body);
  }

  HttpRequest request(ApiCall<?> call) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(call)).timeout(timeout);
    headers.forEach(builder::header);
    call.headers().forEach(builder::setHeader);
    HttpRequest.BodyPublisher body;
    if (call.bodyFile() != null) {
      try {
        // read from disk chunk by chunk as the request is written, again for each attempt
        body = HttpRequest.BodyPublishers.ofFile(call.bodyFile());
      } catch (FileNotFoundException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      body =
          call.body() == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(call.body());
    }
    if (call.body() != null && !call.headers().containsKey("Content-Type")) {
      builder.setHeader("Content-Type", "application/json");
    }
    return builder.method(call.method(), body).build();
  }

  private URI uri(ApiCall<?> call) {
    StringBuilder text = new StringBuilder(base.toString());
    if (text.charAt(text.length() - 1) == '/') {
      text.setLength(text.length() - 1);
    }
    text.append(call.path());
    char separator = '?';
    for (Map.Entry<String, String> e : call.query()) {
      text.append(separator)
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(text.toString());
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
