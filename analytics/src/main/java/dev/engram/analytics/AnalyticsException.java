package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An analytics failure with its code and, for invalid input, the field at fault. */
public final class AnalyticsException extends RuntimeException {
  private final AnalyticsErrorCode code;
  private final String field;

  public AnalyticsException(AnalyticsErrorCode code, String message, String field) {
    this(code, message, field, null);
  }

  public AnalyticsException(
      AnalyticsErrorCode code, String message, String field, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause, false, false);
    this.code = requireNonNull(code, "code is null");
    this.field = field;
  }

  /** The field is malformed or out of bounds. */
  public static AnalyticsException invalid(String field, String message) {
    return new AnalyticsException(AnalyticsErrorCode.INVALID_FIELD, field + ": " + message, field);
  }

  /** A required field is absent. */
  public static AnalyticsException missing(String field) {
    return new AnalyticsException(
        AnalyticsErrorCode.MISSING_FIELD, field + ": required field is missing", field);
  }

  public AnalyticsErrorCode code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
