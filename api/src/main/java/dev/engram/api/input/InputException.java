package dev.engram.api.input;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * A request the API refuses before it reaches a controller: a body that is not one JSON value of
 * the expected shape, or a path or parameter holding text no store can keep. Answered with 400.
 */
public final class InputException extends RuntimeException {
  private final String code;
  private final @Nullable String field;

  InputException(String code, String message, @Nullable String field) {
    super(requireNonNull(message, "message is null"));
    this.code = requireNonNull(code, "code is null");
    this.field = field;
  }

  static InputException invalidJson(String message) {
    return new InputException("invalid_json", message, null);
  }

  static InputException invalidField(String field, String message) {
    return new InputException("invalid_field", field + ": " + message, field);
  }

  public String code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
