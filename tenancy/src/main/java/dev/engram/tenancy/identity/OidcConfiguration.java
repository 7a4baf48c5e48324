package dev.engram.tenancy.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Keycloak (or another OpenID Connect provider) as the console's identity provider. Off while
 * {@code issuer} is unset; the built-in issuer stays on either way, so both can sign users in
 * during a migration.
 *
 * @param issuer the realm's issuer URL, e.g. {@code https://sso.example.com/realms/engram}; tokens
 *     must carry exactly this {@code iss}
 * @param clientId the console's public client (authorization code + PKCE)
 * @param audience the {@code aud} every accepted access token must contain; the client id when
 *     unset
 * @param jwksUri where the signing keys are published; read from the issuer's discovery document
 *     when unset
 * @param provisioningClientId the confidential client whose service account creates groups, users
 *     and role mappings in the realm
 * @param provisioningClientSecret that client's secret; provisioning is on only when it is set
 * @param temporaryPasswords whether passwords set through the console API are temporary in Keycloak
 *     (the user must choose a new one at the next sign-in)
 */
@ConfigurationProperties("engram.oidc")
public record OidcConfiguration(
    @Nullable String issuer,
    @Bindable(defaultValue = "engram-console") @NotBlank String clientId,
    @Nullable String audience,
    @Nullable String jwksUri,
    @Bindable(defaultValue = "engram-provisioner") @NotBlank String provisioningClientId,
    @Nullable String provisioningClientSecret,
    @Bindable(defaultValue = "true") boolean temporaryPasswords,
    @Bindable(defaultValue = "30s") @NotNull Duration jwksMinRefreshInterval) {

  /** Whether Keycloak tokens are accepted at all. */
  public boolean enabled() {
    return issuer != null && !issuer.isBlank();
  }

  /** The issuer without a trailing slash, when configured. */
  public Optional<String> issuerUrl() {
    return enabled() ? Optional.of(issuer.strip().replaceAll("/+$", "")) : Optional.empty();
  }

  public String expectedAudience() {
    return audience == null || audience.isBlank() ? clientId : audience;
  }

  /** The server URL (before {@code /realms/}) of a Keycloak issuer. */
  public String keycloakServerUrl() {
    String url = requireKeycloakIssuer();
    return url.substring(0, url.lastIndexOf("/realms/"));
  }

  /** The realm name of a Keycloak issuer. */
  public String keycloakRealm() {
    String url = requireKeycloakIssuer();
    return url.substring(url.lastIndexOf("/realms/") + "/realms/".length());
  }

  private String requireKeycloakIssuer() {
    String url =
        issuerUrl().orElseThrow(() -> new IllegalStateException("engram.oidc.issuer is not set"));
    int at = url.lastIndexOf("/realms/");
    if (at < 0 || url.substring(at + "/realms/".length()).contains("/")) {
      throw new IllegalStateException(
          "engram.oidc.issuer must be a Keycloak realm URL (…/realms/<realm>): " + url);
    }
    URI.create(url);
    return url;
  }
}
