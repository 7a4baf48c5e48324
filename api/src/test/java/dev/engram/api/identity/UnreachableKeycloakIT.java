package dev.engram.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keycloak configured but not reachable: provisioning fails with {@code identity_provider_failed}
 * and changes nothing in Engram, the console is told Keycloak sign-in is unavailable, tokens that
 * name the issuer are refused, and the built-in issuer keeps working.
 */
@MicronautTest(transactional = false)
class UnreachableKeycloakIT extends ApiTestSupport {
  private final String issuer = "http://127.0.0.1:" + closedPort() + "/realms/engram";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.bootstrap.demo", "false");
    properties.put("engram.oidc.issuer", issuer);
    properties.put("engram.oidc.provisioning-client-secret", "whatever");
    return properties;
  }

  @Test
  void provisioningFailsAndChangesNothing() {
    String root = adminToken();
    String name = unique("unreachable");
    Http.Response refused =
        http.post("/admin/v1/orgs", http.toJson(Map.of("name", name)), Http.bearer(root));
    assertThat(refused.status()).as(refused.body()).isEqualTo(502);
    assertThat(refused.text("error.code")).isEqualTo("identity_provider_failed");
    assertThat(refused.text("error.message")).contains("Keycloak could not be reached");
    assertThat(http.get("/admin/v1/orgs", Http.bearer(root)).list())
        .noneMatch(o -> name.equals(o.get("name")));
  }

  @Test
  void theConsoleIsToldKeycloakIsUnavailable() {
    Http.Response config = http.get("/admin/v1/auth/config");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.at("built_in")).isEqualTo(true);
    assertThat(config.at("oidc")).isNull();
    assertThat(config.text("oidc_error")).contains("cannot be reached");
  }

  @Test
  void refusesTokensNamingTheIssuerWhileItsKeysCannotBeRead() throws JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("someone")
                .audience("engram-console")
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("realm_access", Map.of("roles", java.util.List.of("platform-admin")))
                .build());
    token.sign(new RSASSASigner(key));
    Http.Response refused = http.get("/admin/v1/me", Http.bearer(token.serialize()));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text("error.message")).contains("cannot be reached");
    assertThat(http.get("/admin/v1/me", Http.bearer(adminToken())).status()).isEqualTo(200);
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
