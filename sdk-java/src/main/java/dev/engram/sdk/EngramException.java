package dev.engram.sdk;

import java.time.Duration;
import java.util.Optional;

/**
 * Base of every error the SDK throws. For an error response of the API it carries the HTTP status,
 * the API's machine code (e.g. {@code invalid_field}), the request field at fault, the request id
 * (quote it in support requests) and, on 429/503, how long the server asked to wait.
 */
public class EngramException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;
  private final String requestId;
  private final Duration retryAfter;

  public EngramException(String message) {
    this(message, 0, null, null, null, null, null);
  }

  public EngramException(
      String message,
      int status,
      String code,
      String field,
      String requestId,
      Duration retryAfter,
      Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
    this.field = field;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /** The API's stable machine-readable code, e.g. {@code memory_not_found}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The request field at fault, e.g. {@code memories[1].type}, when the API names one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The request id ({@code error.request_id} or the {@code X-Request-Id} header). */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** How long the server asked to wait ({@code Retry-After}), when it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append(": ");
    if (status > 0) {
      text.append(status).append(' ');
    }
    if (code != null) {
      text.append(code).append(' ');
    }
    text.append(getMessage());
    if (field != null) {
      text.append(" (field: ").append(field).append(')');
    }
    if (requestId != null) {
      text.append(" [request ").append(requestId).append(']');
    }
    return text.toString();
  }
}
