package dev.engram.sdk;

import java.time.Duration;

/** No response in time (a request timeout), or {@code wait} ran out of time. */
public class EngramTimeoutException extends EngramException {
  private static final long serialVersionUID = 1L;

  public EngramTimeoutException(
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
