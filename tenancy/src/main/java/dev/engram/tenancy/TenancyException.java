package dev.engram.tenancy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A tenancy failure with its code and, for invalid input, the field at fault. */
public final class TenancyException extends RuntimeException {
  private final TenancyErrorCode code;
  private final String field;

  public TenancyException(TenancyErrorCode code, String message) {
    this(code, message, null);
  }

  public TenancyException(TenancyErrorCode code, String message, String field) {
    super(requireNonNull(message, "message is null"), null, false, false);
    this.code = requireNonNull(code, "code is null");
    this.field = field;
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
}
