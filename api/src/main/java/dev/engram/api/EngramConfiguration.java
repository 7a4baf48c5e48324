package dev.engram.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Top-level settings of the platform.
 *
 * @param home data directory: embedded database, token signing key, indexes
 * @param port HTTP port of the API, console, health, metrics and docs
 * @param jwtSigningKey PKCS#8 PEM of the RSA key that signs console tokens; when unset, one is
 *     generated at first start and kept under the data directory
 */
@ConfigurationProperties("engram")
public record EngramConfiguration(String home, int port, @Nullable String jwtSigningKey) {}
