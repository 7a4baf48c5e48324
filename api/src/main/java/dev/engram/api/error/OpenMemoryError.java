package dev.engram.api.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error envelope of the OpenMemory API (seed 003): {@code {"status":"error","error":{code,
 * message, details, request_id}}} with the codes {@code INVALID_REQUEST}, {@code UNAUTHORIZED},
 * {@code NOT_FOUND}, {@code RATE_LIMITED} and {@code INTERNAL_ERROR}. {@code details.field} names
 * the field at fault and {@code details.reason} carries Engram's own, finer error code.
 *
 * @param status always {@code error}
 * @param error what went wrong
 */
@Serdeable
public record OpenMemoryError(String status, Detail error) {

  @Serdeable
  record Detail(
      String code, String message, Map<String, Object> details, @Nullable String requestId) {}

  static OpenMemoryError of(
      int status,
      String engramCode,
      String message,
      @Nullable String field,
      @Nullable String requestId) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (field != null) {
      details.put("field", field);
    }
    details.put("reason", engramCode);
    details.put("http_status", status);
    return new OpenMemoryError("error", new Detail(code(status), message, details, requestId));
  }

  /** The OpenMemory code of an HTTP status. */
  static String code(int status) {
    return switch (status) {
      case 401, 403 -> "UNAUTHORIZED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RATE_LIMITED";
      default -> status >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST";
    };
  }
}
