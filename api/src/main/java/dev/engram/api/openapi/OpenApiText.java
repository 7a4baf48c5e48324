package dev.engram.api.openapi;

/** Texts shared by the OpenAPI annotations of the controllers. */
final class OpenApiText {
  static final String CLIENT_ERROR =
      "Refused: a stable machine code, a message naming what to fix, the field at fault and the"
          + " request id (also in X-Request-Id); nothing was changed";
  static final String SERVER_ERROR =
      "Engram or a service it depends on failed; the request may be retried (with the same"
          + " Idempotency-Key for writes)";

  private OpenApiText() {}
}
