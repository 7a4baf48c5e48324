package dev.engram.sdk;

import java.time.Duration;

/** 400 or 422: the request is invalid; {@link #field()} names the field at fault. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(
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
