package dev.engram.tenancy.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * What the first start on an empty database creates.
 *
 * @param adminUsername username of the bootstrap platform admin
 * @param adminPassword its password; when unset a random one is generated and printed once
 * @param demo whether to create a {@code demo} organization, app and API key; when unset, only on
 *     the embedded H2 database
 */
@ConfigurationProperties("engram.bootstrap")
public record BootstrapConfiguration(
    @Bindable(defaultValue = "admin") String adminUsername,
    @Nullable String adminPassword,
    @Nullable Boolean demo) {}
