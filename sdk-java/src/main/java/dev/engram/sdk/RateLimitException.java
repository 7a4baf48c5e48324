package dev.engram.sdk;

import java.time.Duration;

/** 429 (after retries): over a rate limit or quota; {@link #retryAfter()} says how long to wait. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(
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
