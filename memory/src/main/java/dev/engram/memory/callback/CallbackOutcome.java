package dev.engram.memory.callback;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;

/**
 * How a callback went.
 *
 * @param delivered the receiver answered 2xx
 * @param attempts requests made (0 when refused before any)
 * @param lastStatus the HTTP status of the last answer, if any came
 * @param error why it was not delivered; null when delivered
 */
public record CallbackOutcome(
    boolean delivered, int attempts, @Nullable Integer lastStatus, @Nullable String error) {
  public CallbackOutcome {
    if (!delivered) {
      requireNonNull(error, "error is null");
    }
  }
}
