package dev.engram.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.user.ConsoleSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs console requests in with an access token of the configured Keycloak realm ({@code
 * engram.oidc.issuer}); tokens of the built-in issuer go on to Micronaut's JWT check. The role is
 * the strongest of the realm roles {@code platform-admin}, {@code tenant-admin}, {@code
 * tenant-viewer} in {@code realm_access.roles}; the organization is the {@code tenant_id} claim,
 * required for the tenant roles. A user that Engram also knows must be enabled here and not have
 * changed since the token was issued ({@link ConsoleSessions#acceptsExternal}).
 */
@Singleton
@Requires(property = "engram.oidc.issuer")
final class OidcAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  static final String OIDC = "oidc";
  private static final Logger LOG = LoggerFactory.getLogger(OidcAuthenticationFetcher.class);
  private static final String BEARER = "Bearer ";

  private final OidcTokenVerifier verifier;
  private final ConsoleSessions sessions;
  private final String issuer;

  OidcAuthenticationFetcher(
      OidcTokenVerifier verifier, OidcDiscovery discovery, ConsoleSessions sessions) {
    this.verifier = verifier;
    this.sessions = sessions;
    this.issuer = discovery.configuration().issuerUrl().orElseThrow();
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    if (ApiKeyPaths.covers(request.getPath())) {
      return Publishers.empty();
    }
    Optional<SignedJWT> token = ourToken(request);
    if (token.isEmpty()) {
      return Publishers.empty();
    }
    try {
      return Publishers.just(authenticate(verifier.verify(token.get())));
    } catch (TenancyException e) {
      request.setAttribute(AuthAttributes.KEY_FAILURE, e);
    } catch (BadJOSEException | JOSEException | ParseException e) {
      LOG.debug("refused a token of {}: {}", issuer, e.getMessage());
      request.setAttribute(
          AuthAttributes.KEY_FAILURE,
          new TenancyException(
              TenancyErrorCode.INVALID_CREDENTIALS,
              "the identity provider's token is not valid: " + e.getMessage()));
    } catch (IllegalStateException e) {
      LOG.warn("cannot check a token of {}: {}", issuer, e.getMessage());
      request.setAttribute(
          AuthAttributes.KEY_FAILURE,
          new TenancyException(
              TenancyErrorCode.INVALID_CREDENTIALS,
              "the identity provider cannot be reached to check this token; try again later"));
    }
    return Publishers.empty();
  }

  /** A bearer JWT whose (not yet verified) issuer is the configured one. */
  private Optional<SignedJWT> ourToken(HttpRequest<?> request) {
    Optional<String> authorization = request.getHeaders().getAuthorization();
    if (authorization.isEmpty()
        || !authorization.get().regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(authorization.get().substring(BEARER.length()).strip());
      return issuer.equals(jwt.getJWTClaimsSet().getIssuer()) ? Optional.of(jwt) : Optional.empty();
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private Authentication authenticate(JWTClaimsSet claims) throws ParseException {
    String username =
        Optional.ofNullable(claims.getStringClaim("preferred_username"))
            .orElse(claims.getSubject());
    Role role =
        strongestRole(claims)
            .orElseThrow(
                () ->
                    new TenancyException(
                        TenancyErrorCode.INVALID_CREDENTIALS,
                        "the token carries none of the realm roles platform-admin, tenant-admin,"
                            + " tenant-viewer"));
    String tenant = claims.getStringClaim(AuthAttributes.TENANT_ID);
    if (role != Role.PLATFORM_ADMIN && (tenant == null || tenant.isBlank())) {
      throw new TenancyException(
          TenancyErrorCode.INVALID_CREDENTIALS,
          "the token has role " + role.value() + " but no tenant_id claim naming its organization");
    }
    if (!sessions.acceptsExternal(username, claims.getIssueTime().toInstant())) {
      throw new TenancyException(
          TenancyErrorCode.SESSION_ENDED,
          "this console session has ended (user disabled, changed or signed out); sign in again");
    }
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(AuthAttributes.AUTH_TYPE, OIDC);
    attributes.put("sub", claims.getSubject());
    if (role != Role.PLATFORM_ADMIN) {
      attributes.put(AuthAttributes.TENANT_ID, tenant);
    }
    return Authentication.build(username, List.of(role.value()), attributes);
  }

  /** The first of the Engram roles, in the order of {@link Role} (strongest first). */
  private static Optional<Role> strongestRole(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    List<String> roles =
        realmAccess != null && realmAccess.get("roles") instanceof List<?> list
            ? list.stream().filter(Objects::nonNull).map(Object::toString).toList()
            : List.of();
    return Arrays.stream(Role.values()).filter(r -> roles.contains(r.value())).findFirst();
  }

  @Override
  public int getOrder() {
    // before Micronaut's JWT fetcher, which knows only the built-in issuer's key
    return TokenAuthenticationFetcher.ORDER - 50;
  }
}
