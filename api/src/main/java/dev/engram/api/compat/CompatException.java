package dev.engram.api.compat;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal of a compatibility surface with its HTTP status, a machine code and the field at fault;
 * rendered in the error shape of the surface the request came to.
 */
public final class CompatException extends RuntimeException {
  private final int status;
  private final String code;
  private final @Nullable String field;

  public CompatException(int status, String code, String message, @Nullable String field) {
    super(Objects.requireNonNull(message, "message is null"));
    this.status = status;
    this.code = Objects.requireNonNull(code, "code is null");
    this.field = field;
  }

  public static CompatException notFound(String message) {
    return new CompatException(404, "not_found", message, null);
  }

  public static CompatException invalid(String field, String message) {
    return new CompatException(400, "invalid_field", field + ": " + message, field);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
