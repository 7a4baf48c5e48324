package dev.engram.api.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The one error shape of Engram's APIs: {@code {"error": {status, code, message, field,
 * request_id}}}.
 *
 * @param status the HTTP status, repeated for clients that only see the body
 * @param code a stable machine-readable code, e.g. {@code invalid_field}, {@code api_key_revoked}
 * @param message what went wrong and, for the caller's mistakes, what to fix
 * @param field the request field at fault, when one is
 * @param requestId the request id, also in the {@code X-Request-Id} response header
 */
@Serdeable
public record ApiError(
    int status, String code, String message, @Nullable String field, @Nullable String requestId) {

  /** The envelope the error is sent in. */
  @Serdeable
  public record Body(ApiError error) {}
}
