package dev.engram.api.security;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.engram.tenancy.identity.OidcConfiguration;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The endpoints of the configured OpenID Connect issuer, read once from its discovery document
 * ({@code <issuer>/.well-known/openid-configuration}) when first needed: Engram starts while
 * Keycloak is down, and a failed read is tried again at the next need.
 */
@Singleton
@Requires(property = "engram.oidc.issuer")
public final class OidcDiscovery {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** What the console and the token check need from the discovery document. */
  public record Endpoints(
      String issuer,
      URI jwksUri,
      String authorizationEndpoint,
      String tokenEndpoint,
      Optional<String> endSessionEndpoint) {}

  private final OidcConfiguration configuration;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AtomicReference<Endpoints> endpoints = new AtomicReference<>();

  OidcDiscovery(OidcConfiguration configuration) {
    this.configuration = configuration;
  }

  public OidcConfiguration configuration() {
    return configuration;
  }

  /**
   * The endpoints.
   *
   * @throws IllegalStateException when the document cannot be read or lacks an endpoint
   */
  public Endpoints endpoints() {
    Endpoints known = endpoints.get();
    if (known != null) {
      return known;
    }
    Endpoints read = read();
    endpoints.compareAndSet(null, read);
    return read;
  }

  private Endpoints read() {
    String issuer = configuration.issuerUrl().orElseThrow();
    URI uri = URI.create(issuer + "/.well-known/openid-configuration");
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the OIDC discovery document " + uri + " answered HTTP " + response.statusCode());
      }
      Map<String, Object> document = JSONObjectUtils.parse(response.body());
      String jwks =
          configuration.jwksUri() != null && !configuration.jwksUri().isBlank()
              ? configuration.jwksUri()
              : required(document, "jwks_uri", uri);
      return new Endpoints(
          issuer,
          URI.create(jwks),
          required(document, "authorization_endpoint", uri),
          required(document, "token_endpoint", uri),
          Optional.ofNullable(JSONObjectUtils.getString(document, "end_session_endpoint")));
    } catch (IOException | ParseException e) {
      throw new IllegalStateException(
          "cannot read the OIDC discovery document " + uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + uri, e);
    }
  }

  private static String required(Map<String, Object> document, String name, URI uri)
      throws ParseException {
    String value = JSONObjectUtils.getString(document, name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("the OIDC discovery document " + uri + " has no " + name);
    }
    return value;
  }
}
