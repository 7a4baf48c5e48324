package dev.engram.memory.retry;

import static java.util.Objects.requireNonNull;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine's one retry policy for calls to other services (the embeddings endpoint, the LLM,
 * callback URLs), on resilience4j's {@link Retry}: at most {@code maxAttempts} attempts, waiting
 * {@code backoff} after the first failure and twice as long after each further one — or what the
 * server asked for in {@code Retry-After} when that is longer — never longer than {@code maxWait}.
 *
 * @param maxAttempts attempts in all, the first included (1 = no retry)
 * @param backoff the wait after the first failed attempt
 * @param maxWait the longest wait between two attempts, a server's {@code Retry-After} included
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxWait) {

  public RetryPolicy {
    requireNonNull(backoff, "backoff is null");
    requireNonNull(maxWait, "maxWait is null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (backoff.isNegative() || maxWait.isNegative()) {
      throw new IllegalArgumentException("backoff and maxWait must not be negative");
    }
  }

  /** What a failed attempt says about the wait the server asked for. */
  @FunctionalInterface
  public interface ServerWait<T> {
    Optional<Duration> of(Either<Throwable, T> attempt);

    static <T> ServerWait<T> none() {
      return attempt -> Optional.empty();
    }
  }

  /**
   * A retry of calls giving {@code T}: an attempt is repeated when its result matches {@code
   * retryOnResult} or it threw an exception matching {@code retryOnException}. After the last
   * attempt the last result is returned, or its exception thrown, as the caller's own. {@code
   * onWait} hears each wait before it starts (metrics, logs, tests).
   */
  public <T> Retry retry(
      String name,
      Predicate<T> retryOnResult,
      Predicate<Throwable> retryOnException,
      ServerWait<T> serverWait,
      Consumer<Duration> onWait) {
    IntervalBiFunction<T> interval =
        (attempt, outcome) -> wait(attempt, serverWait.of(outcome)).toMillis();
    RetryConfig config =
        RetryConfig.<T>custom()
            .maxAttempts(maxAttempts)
            .retryOnResult(retryOnResult)
            .retryOnException(retryOnException)
            .intervalBiFunction(interval)
            .failAfterMaxAttempts(false)
            .build();
    Retry retry = Retry.of(name, config);
    retry.getEventPublisher().onRetry(event -> onWait.accept(event.getWaitInterval()));
    return retry;
  }

  /**
   * The wait after failed attempt number {@code attempt} (1 = the first): the backoff doubled per
   * earlier failure, or the server's wait when longer, at most {@code maxWait}.
   */
  public Duration wait(int attempt, Optional<Duration> server) {
    Duration own = backoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    Duration wanted = server.filter(s -> s.compareTo(own) > 0).orElse(own);
    return wanted.compareTo(maxWait) > 0 ? maxWait : wanted;
  }

  /**
   * A {@code Retry-After} header's wait when it gives seconds; empty when absent, negative or an
   * HTTP date (the policy's own backoff applies then).
   */
  public static Optional<Duration> retryAfter(Optional<String> header) {
    return header.flatMap(
        value -> {
          try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        });
  }

  /** {@code f} applied to the result of a successful attempt, empty for a failed one. */
  public static <T, R> Optional<R> ifResult(Either<Throwable, T> attempt, Function<T, R> f) {
    return attempt.isRight() ? Optional.ofNullable(f.apply(attempt.get())) : Optional.empty();
  }
}
