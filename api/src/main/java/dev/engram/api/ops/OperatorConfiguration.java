package dev.engram.api.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Access to the operator endpoints ({@code /prometheus}, {@code /metrics}, the detailed {@code
 * /health}).
 *
 * @param token bearer token that operators and scrapers send as {@code Authorization: Bearer
 *     <token>}; when unset, metrics are not served and {@code /health} answers only its status
 */
@ConfigurationProperties("engram.operator")
public record OperatorConfiguration(@Nullable String token) {}
