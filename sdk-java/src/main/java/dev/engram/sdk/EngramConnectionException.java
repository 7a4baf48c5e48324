package dev.engram.sdk;

import java.time.Duration;

/** No response: the server could not be reached or the connection broke. */
public class EngramConnectionException extends EngramException {
  private static final long serialVersionUID = 1L;

  public EngramConnectionException(
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
