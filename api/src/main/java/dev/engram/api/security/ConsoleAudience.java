package dev.engram.api.security;

import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;
import java.util.List;

/** The audience ({@code aud}) of every token Engram issues; tokens for others are refused. */
@Singleton
final class ConsoleAudience implements ClaimsAudienceProvider {
  @Override
  public List<String> audience() {
    return List.of(AuthAttributes.CONSOLE_AUDIENCE);
  }
}
