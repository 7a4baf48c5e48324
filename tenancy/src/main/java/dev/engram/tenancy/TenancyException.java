package dev.engram.tenancy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/** A tenancy failure with its code and, for invalid input, the field at fault. */
public final class TenancyException extends RuntimeException {
  private final TenancyErrorCode code;
  private final String field;
  private final Duration retryAfter;

  public TenancyException(TenancyErrorCode code, String message) {
    this(code, message, null);
  }

  public TenancyException(TenancyErrorCode code, String message, String field) {
    this(code, message, field, null);
  }

  private TenancyException(
      TenancyErrorCode code, String message, String field, Duration retryAfter) {
    super(requireNonNull(message, "message is null"), null, false, false);
    this.code = requireNonNull(code, "code is null");
    this.field = field;
    this.retryAfter = retryAfter;
  }

  /** Too many attempts: the caller may retry after the given time. */
  public static TenancyException throttled(String message, Duration retryAfter) {
    return new TenancyException(
        TenancyErrorCode.SIGN_IN_THROTTLED,
        message,
        null,
        requireNonNull(retryAfter, "retryAfter is null"));
  }

  /** Over a quota or rate limit: {@code rate_limited} or {@code quota_exceeded}, with a wait. */
  public static TenancyException limited(
      TenancyErrorCode code, String message, Duration retryAfter) {
    return new TenancyException(
        code, message, null, requireNonNull(retryAfter, "retryAfter is null"));
  }

  public static TenancyException invalid(String field, String message) {
    return new TenancyException(TenancyErrorCode.INVALID_FIELD, field + ": " + message, field);
  }

  public TenancyErrorCode code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
