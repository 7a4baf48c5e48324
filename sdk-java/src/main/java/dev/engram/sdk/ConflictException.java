package dev.engram.sdk;

import java.time.Duration;

/** 409: a conflicting write, e.g. {@code expectedVersion} did not match. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(
      String message,
      int status,
      String code,
      String field,
      String requestId,
      Duration retryAfter,
      Throwable cause) {
    super(message, status, code, field, requestId, retryAfter, cause);
  }
}
