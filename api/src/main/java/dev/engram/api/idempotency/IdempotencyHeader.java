package dev.engram.api.idempotency;

/** The {@code Idempotency-Key} header as the OpenAPI document describes it on the create POSTs. */
public final class IdempotencyHeader {
  public static final String NAME = "Idempotency-Key";

  public static final String DESCRIPTION =
      "Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key"
          + " within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing;"
          + " the same key with another body is 409 idempotency_key_reused.";

  private IdempotencyHeader() {}
}
