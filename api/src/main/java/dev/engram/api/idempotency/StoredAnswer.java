package dev.engram.api.idempotency;

import io.micronaut.core.annotation.Nullable;

/**
 * What is kept under an idempotency key.
 *
 * @param fingerprint SHA-256 of method, path and body of the first request
 * @param done whether the first request has answered (else it is still running)
 * @param status its status
 * @param contentType its content type
 * @param location its {@code Location} header
 * @param body its body
 */
record StoredAnswer(
    String fingerprint,
    boolean done,
    int status,
    @Nullable String contentType,
    @Nullable String location,
    @Nullable String body) {}
