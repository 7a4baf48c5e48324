package dev.engram.api.console;

import dev.engram.api.openapi.PublicOperations;
import dev.engram.api.security.OidcDiscovery;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * How to sign in to the console: the built-in issuer ({@code POST /admin/v1/login}) always, and
 * Keycloak (authorization code + PKCE, public client) when {@code engram.oidc.issuer} is set.
 */
@PublicOperations
@Controller("/admin/v1/auth/config")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Console: users")
final class AuthConfigController {
  private final BeanProvider<OidcDiscovery> discovery;

  AuthConfigController(BeanProvider<OidcDiscovery> discovery) {
    this.discovery = discovery;
  }

  /**
   * The sign-in methods.
   *
   * @param builtIn whether username/password sign-in at {@code POST /admin/v1/login} is on
   * @param oidc the OpenID Connect provider, when configured and its discovery document readable
   * @param oidcError why a configured provider is not offered (its discovery document could not be
   *     read)
   */
  @Serdeable
  record AuthConfig(boolean builtIn, @Nullable Oidc oidc, @Nullable String oidcError) {}

  /** What a browser needs for the authorization code flow with PKCE (S256). */
  @Serdeable
  record Oidc(
      String issuer,
      String clientId,
      String authorizationEndpoint,
      String tokenEndpoint,
      @Nullable String endSessionEndpoint,
      String scope) {}

  @Operation(operationId = "getAuthConfig")
  @Get
  AuthConfig config() {
    if (!discovery.isPresent()) {
      return new AuthConfig(true, null, null);
    }
    OidcDiscovery provider = discovery.get();
    try {
      OidcDiscovery.Endpoints endpoints = provider.endpoints();
      return new AuthConfig(
          true,
          new Oidc(
              endpoints.issuer(),
              provider.configuration().clientId(),
              endpoints.authorizationEndpoint(),
              endpoints.tokenEndpoint(),
              endpoints.endSessionEndpoint().orElse(null),
              "openid"),
          null);
    } catch (IllegalStateException e) {
      return new AuthConfig(
          true, null, "the identity provider cannot be reached: " + e.getMessage());
    }
  }
}
