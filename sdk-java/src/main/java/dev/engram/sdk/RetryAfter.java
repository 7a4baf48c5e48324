package dev.engram.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP date (RFC 9110 § 10.2.3). */
final class RetryAfter {
  private RetryAfter() {}

  static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      double seconds = Double.parseDouble(text);
      if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis(Math.max(0, (long) (seconds * 1000))));
    } catch (NumberFormatException notSeconds) {
      // an HTTP date, then
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration left = Duration.between(clock.instant(), when.toInstant());
      return Optional.of(left.isNegative() ? Duration.ZERO : left);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
