package dev.engram.memory.callback;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * One request of a callback and what came of it.
 *
 * @param sent a request went out (false when the URL was refused before sending)
 * @param delivered the receiver answered 2xx
 * @param retryable it failed in a way worth another attempt (HTTP 408, 429, 5xx, network errors)
 * @param status the HTTP status of the answer, if one came
 * @param error why it was not delivered; null when delivered
 * @param retryAfter the wait the receiver asked for ({@code Retry-After} in seconds)
 */
public record CallbackAttempt(
    boolean sent,
    boolean delivered,
    boolean retryable,
    @Nullable Integer status,
    @Nullable String error,
    Optional<Duration> retryAfter) {

  public CallbackAttempt {
    retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
  }

  /** Final: no further attempt can change the outcome. */
  public boolean isFinal() {
    return !retryable;
  }
}
