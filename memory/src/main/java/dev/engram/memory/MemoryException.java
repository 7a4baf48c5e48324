package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A memory-engine failure with its code and, for invalid input, the field at fault. */
public final class MemoryException extends RuntimeException {
  private final MemoryErrorCode code;
  private final String field;

  public MemoryException(MemoryErrorCode code, String message) {
    this(code, message, null, null);
  }

  public MemoryException(MemoryErrorCode code, String message, String field, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.code = requireNonNull(code, "code is null");
    this.field = field;
  }

  public static MemoryException invalid(String field, String message) {
    return new MemoryException(MemoryErrorCode.INVALID_FIELD, field + ": " + message, field, null);
  }

  public static MemoryException notFound(String id) {
    return new MemoryException(MemoryErrorCode.MEMORY_NOT_FOUND, "memory " + id + " not found");
  }

  public MemoryErrorCode code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
