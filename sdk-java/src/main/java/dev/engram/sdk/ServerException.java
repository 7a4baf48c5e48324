package dev.engram.sdk;

import java.time.Duration;

/** 5xx (after retries): the server failed or is unavailable. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(
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
