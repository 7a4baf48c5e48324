package dev.engram.memory.callback;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Where results may be POSTed back to callers and how hard Engram tries.
 *
 * @param allowPrivateNetworks allow callback URLs whose host is or resolves to a loopback, private,
 *     link-local, unique-local, CGNAT, multicast or otherwise internal address (off: such URLs are
 *     refused with {@code invalid_callback_url}; turn on only where callers are trusted)
 * @param allowedHosts host names (or address literals) allowed as callback hosts even when they
 *     resolve to internal addresses, e.g. an internal webhook relay; compared case-insensitively
 * @param maxAttempts attempts per callback; HTTP 408, 429, 5xx and network errors are retried,
 *     other 4xx and 3xx (redirects are never followed) give up at once
 * @param backoff wait before the second attempt, doubled for every further attempt
 * @param timeout connect and response timeout of one attempt
 * @param maxHeaders most {@code callback_headers} a request may give
 */
@ConfigurationProperties("engram.callbacks")
public record CallbackConfiguration(
    @Bindable(defaultValue = "false") boolean allowPrivateNetworks,
    @Bindable(defaultValue = "") List<String> allowedHosts,
    @Positive @Bindable(defaultValue = "3") int maxAttempts,
    @Bindable(defaultValue = "1s") Duration backoff,
    @Bindable(defaultValue = "10s") Duration timeout,
    @Positive @Bindable(defaultValue = "20") int maxHeaders) {

  public CallbackConfiguration {
    allowedHosts =
        allowedHosts == null
            ? List.of()
            : allowedHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
    requireNonNull(backoff, "backoff is null");
    requireNonNull(timeout, "timeout is null");
    if (maxAttempts < 1 || maxHeaders < 1) {
      throw new IllegalArgumentException("maxAttempts and maxHeaders must be positive");
    }
    if (backoff.isNegative() || !timeout.isPositive()) {
      throw new IllegalArgumentException("backoff must not be negative, timeout must be positive");
    }
  }

  /** The defaults, for code and tests outside a Micronaut context. */
  public static CallbackConfiguration defaults() {
    return new CallbackConfiguration(
        false, List.of(), 3, Duration.ofSeconds(1), Duration.ofSeconds(10), 20);
  }
}
