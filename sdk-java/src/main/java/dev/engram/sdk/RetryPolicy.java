package dev.engram.sdk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying a request again.
 *
 * <p>429 and 503 are retried always (refused before any work was done); other 5xx statuses and
 * request timeouts only when the request is safe to repeat (reads, and writes the SDK sent with an
 * {@code Idempotency-Key}); connection failures always. The wait is exponential with full jitter,
 * {@code uniform(0, min(maxDelay, baseDelay × 2^attempt))}; a {@code Retry-After} header (seconds
 * or an HTTP date) replaces it. A {@code Retry-After} longer than {@code maxRetryAfter} is not
 * waited out: the error is thrown at once with its {@code retryAfter} set.
 *
 * @param maxRetries retries after the first attempt (0 disables retrying), at most 20
 * @param baseDelay the first backoff step
 * @param maxDelay the longest backoff wait
 * @param maxRetryAfter the longest {@code Retry-After} the client honours by waiting
 */
public record RetryPolicy(
    int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60));
  public static final RetryPolicy NONE = DEFAULT.withMaxRetries(0);

  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > 20) {
      throw new IllegalArgumentException("maxRetries must be between 0 and 20: " + maxRetries);
    }
    for (Duration d : new Duration[] {baseDelay, maxDelay, maxRetryAfter}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("delays must be given and not negative");
      }
    }
  }

  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, baseDelay, maxDelay, maxRetryAfter);
  }

  /** The jittered wait before retry number {@code attempt} (0 for the first retry). */
  public Duration backoff(int attempt) {
    double cap =
        Math.min(maxDelay.toNanos(), baseDelay.toNanos() * Math.pow(2, Math.min(attempt, 30)));
    return Duration.ofNanos((long) (ThreadLocalRandom.current().nextDouble() * cap));
  }

  /** Whether an error status may be retried, given whether the request is safe to repeat. */
  public boolean retryable(int status, boolean safe) {
    if (status == 429 || status == 503) {
      return true;
    }
    return status >= 500 && safe;
  }
}
