package dev.engram.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Verifies access tokens of the configured OpenID Connect issuer: the signature by a key of the
 * issuer's JWKS (cached; a token signed by a key not in the cache makes it fetch the set again, at
 * most once per {@code engram.oidc.jwks-min-refresh-interval}, so a rotated realm key is followed),
 * {@code iss} exactly, {@code aud} containing the expected audience, {@code exp} and {@code nbf}
 * (60 s of clock skew) against the application clock, and {@code sub}, {@code iat} present.
 */
@Singleton
@Requires(property = "engram.oidc.issuer")
final class OidcTokenVerifier {
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private final OidcDiscovery discovery;
  private final Clock clock;
  private final Duration minRefreshInterval;
  private final AtomicReference<DefaultJWTProcessor<SecurityContext>> processor =
      new AtomicReference<>();

  OidcTokenVerifier(OidcDiscovery discovery, Clock clock) {
    this.discovery = discovery;
    this.clock = clock;
    this.minRefreshInterval = discovery.configuration().jwksMinRefreshInterval();
  }

  /** The claims of a valid token. */
  JWTClaimsSet verify(SignedJWT token) throws BadJOSEException, JOSEException {
    return processor().process(token, null);
  }

  private DefaultJWTProcessor<SecurityContext> processor() {
    DefaultJWTProcessor<SecurityContext> known = processor.get();
    if (known != null) {
      return known;
    }
    OidcDiscovery.Endpoints endpoints = discovery.endpoints();
    JWKSource<SecurityContext> keys;
    try {
      JWKSourceBuilder<SecurityContext> builder =
          JWKSourceBuilder.<SecurityContext>create(endpoints.jwksUri().toURL()).retrying(true);
      keys =
          (minRefreshInterval.isZero()
                  ? builder.rateLimited(false)
                  : builder.rateLimited(minRefreshInterval.toMillis()))
              .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad jwks_uri " + endpoints.jwksUri(), e);
    }
    DefaultJWTProcessor<SecurityContext> created = new DefaultJWTProcessor<>();
    created.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    created.setJWTClaimsSetVerifier(
        new ClockedClaimsVerifier(
            discovery.configuration().expectedAudience(), endpoints.issuer(), clock));
    processor.compareAndSet(null, created);
    return processor.get();
  }

  /** Nimbus's claims checks on the application clock. */
  private static final class ClockedClaimsVerifier
      extends DefaultJWTClaimsVerifier<SecurityContext> {
    private final Clock clock;

    ClockedClaimsVerifier(String audience, String issuer, Clock clock) {
      // mutable sets: Nimbus asks them whether they contain null, which Set.of() refuses
      super(
          new HashSet<>(Set.of(audience)),
          new JWTClaimsSet.Builder().issuer(issuer).build(),
          new HashSet<>(Set.of("sub", "exp", "iat")),
          new HashSet<>());
      this.clock = clock;
    }

    @Override
    protected Date currentTime() {
      return Date.from(clock.instant());
    }
  }
}
