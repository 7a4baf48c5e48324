package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Turns error responses and transport failures into the SDK's typed exceptions. */
final class Errors {
  private Errors() {}

  /** The typed error of a response: Engram's {@code {"error": {...}}} shape, or a plain body. */
  static ApiException of(ApiCall.Response response, Clock clock) {
    int status = response.status();
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
    String requestId = response.header("X-Request-Id");
    String message = null;
    String code = null;
    String field = null;
    JsonNode error = errorNode(response.body());
    if (error != null && error.isObject()) {
      message = text(error, "message");
      code = text(error, "code");
      field = text(error, "field");
      String bodyRequestId = text(error, "request_id");
      requestId = bodyRequestId != null ? bodyRequestId : requestId;
    }
    if (message == null) {
      String body = new String(response.body(), StandardCharsets.UTF_8).strip();
      message = body.isEmpty() ? "HTTP " + status : body.substring(0, Math.min(500, body.length()));
    }
    return switch (status) {
      case 400, 422 ->
          new BadRequestException(message, status, code, field, requestId, retryAfter, null);
      case 401 ->
          new AuthenticationException(message, status, code, field, requestId, retryAfter, null);
      case 403 ->
          new PermissionDeniedException(message, status, code, field, requestId, retryAfter, null);
      case 404 -> new NotFoundException(message, status, code, field, requestId, retryAfter, null);
      case 409 -> new ConflictException(message, status, code, field, requestId, retryAfter, null);
      case 413 ->
          new PayloadTooLargeException(message, status, code, field, requestId, retryAfter, null);
      case 429 -> new RateLimitException(message, status, code, field, requestId, retryAfter, null);
      default ->
          status >= 500
              ? new ServerException(message, status, code, field, requestId, retryAfter, null)
              : new BadRequestException(message, status, code, field, requestId, retryAfter, null);
    };
  }

  private static JsonNode errorNode(byte[] body) {
    try {
      JsonNode root = Json.mapper().readTree(body);
      return root == null ? null : root.get("error");
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The exception for a request that got no response. */
  static EngramException transport(Throwable failure) {
    if (failure instanceof HttpTimeoutException) {
      return new EngramTimeoutException(
          "request timed out: " + failure.getMessage(), 0, null, null, null, null, failure);
    }
    return new EngramConnectionException(
        "could not reach Engram: " + describe(failure), 0, null, null, null, null, failure);
  }

  /**
   * Connection failures are retried always (nothing reached the server); a request timeout or a
   * broken connection only when the request is safe to repeat.
   */
  static boolean retryable(Throwable failure, boolean safe) {
    if (failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException) {
      return true;
    }
    return failure instanceof IOException && safe;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank()
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + message;
  }
}
