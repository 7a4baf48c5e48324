package dev.engram.sdk;

import java.time.Duration;

/** The API answered with an error status (4xx or 5xx). */
public class ApiException extends EngramException {
  private static final long serialVersionUID = 1L;

  public ApiException(
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
