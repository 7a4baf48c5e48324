package dev.engram.tenancy.bootstrap;

import dev.engram.tenancy.apikey.IssuedApiKey;
import java.util.Optional;

/**
 * What a first start created, to be shown once.
 *
 * @param adminUsername the bootstrap platform admin
 * @param generatedPassword its password when Engram generated it (not when configured)
 * @param demoKey the demo app's key when the demo tenant was created
 */
public record BootstrapResult(
    String adminUsername, Optional<String> generatedPassword, Optional<IssuedApiKey> demoKey) {}
