package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Console tokens hold only while their session does: validated issuer, audience and times, a user
 * that exists and is active, a password that has not changed since; sign-in is throttled (issue 12,
 * part 3).
 */
@MicronautTest(transactional = false)
class ConsoleSessionsIT extends ApiTestSupport {
  private static final String PASSWORD = "a long enough password";

  private String admin;
  private String orgId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("sessions"));
  }

  private String newUser(String role) {
    String username = unique("user");
    createUser(admin, username, role, orgId);
    return username;
  }

  private String userId(String username) {
    return http.get("/admin/v1/users?org_id=" + orgId, Http.bearer(admin)).list().stream()
        .filter(u -> username.equals(u.get("username")))
        .findFirst()
        .orElseThrow()
        .get("id")
        .toString();
  }

  private int me(String token) {
    return http.get("/admin/v1/me", Http.bearer(token)).status();
  }

  private Http.Response signIn(Http client, String username, String password) {
    return client.post(
        "/admin/v1/login", http.toJson(Map.of("username", username, "password", password)));
  }

  @Test
  void tokensOfAnotherIssuerAudienceOrTimeAreRefused() throws Exception {
    String token = login(newUser("tenant-admin"), PASSWORD);
    assertThat(me(token)).isEqualTo(200);
    assertThat(me(resign(token, c -> c))).as("re-signed unchanged").isEqualTo(200);

    assertThat(me(resign(token, c -> c.issuer("someone-else")))).isEqualTo(401);
    assertThat(me(resign(token, c -> c.issuer(null)))).isEqualTo(401);
    assertThat(me(resign(token, c -> c.audience("another-service")))).isEqualTo(401);
    assertThat(me(resign(token, c -> c.audience((String) null)))).isEqualTo(401);
    Instant hourAhead = Instant.now().plus(Duration.ofHours(1));
    assertThat(me(resign(token, c -> c.notBeforeTime(Date.from(hourAhead))))).isEqualTo(401);
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
    assertThat(me(resign(token, c -> c.expirationTime(Date.from(hourAgo))))).isEqualTo(401);
  }

  @Test
  void tokenForAUserWhoNeverExistedIsRefused() throws Exception {
    String token = login(newUser("tenant-admin"), PASSWORD);

    String ghost = resign(token, c -> c.subject("ghost").claim("uid", "usr_ghost"));
    String renamed = resign(token, c -> c.subject("admin"));
    String noVersion = resign(token, c -> c.claim("tv", null));

    Http.Response response = http.get("/admin/v1/me", Http.bearer(ghost));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("session_ended");
    assertThat(me(renamed)).isEqualTo(401);
    assertThat(me(noVersion)).isEqualTo(401);
  }

  @Test
  void deletingAUserEndsItsSessionsAtOnce() {
    String username = newUser("tenant-admin");
    String token = login(username, PASSWORD);
    assertThat(me(token)).isEqualTo(200);

    assertThat(http.delete("/admin/v1/users/" + userId(username), Http.bearer(admin)).status())
        .isEqualTo(204);

    Http.Response after = http.get("/admin/v1/apps/none/keys", Http.bearer(token));
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.text("error.code")).isEqualTo("session_ended");
    createUser(admin, username, "tenant-admin", orgId);
    assertThat(me(token)).as("a new user of the same name is another user").isEqualTo(401);
  }

  @Test
  void disablingAUserEndsItsSessionsAndSignInUntilEnabled() {
    String username = newUser("tenant-viewer");
    String token = login(username, PASSWORD);
    String id = userId(username);

    Http.Response disabled =
        http.post("/admin/v1/users/" + id + "/disable", "", Http.bearer(admin));

    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.at("disabled")).isEqualTo(true);
    assertThat(me(token)).isEqualTo(401);
    assertThat(signIn(http, username, PASSWORD).status()).isEqualTo(401);

    assertThat(http.post("/admin/v1/users/" + id + "/enable", "", Http.bearer(admin)).status())
        .isEqualTo(200);
    assertThat(me(token)).as("an ended session stays ended").isEqualTo(401);
    assertThat(me(login(username, PASSWORD))).isEqualTo(200);
  }

  @Test
  void changingOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions() {
    String username = newUser("tenant-admin");
    String id = userId(username);
    String here = login(username, PASSWORD);
    String elsewhere = login(username, PASSWORD);
    String path = "/admin/v1/users/" + id + "/password";

    Http.Response missing =
        http.put(path, http.toJson(Map.of("password", "a brand new password")), Http.bearer(here));
    Http.Response wrong =
        http.put(
            path,
            http.toJson(
                Map.of("password", "a brand new password", "current_password", "not my password")),
            Http.bearer(here));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text("error.field")).isEqualTo("current_password");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.text("error.field")).isEqualTo("current_password");
    assertThat(me(elsewhere)).as("nothing changed yet").isEqualTo(200);

    Http.Response changed =
        http.put(
            path,
            http.toJson(Map.of("password", "a brand new password", "current_password", PASSWORD)),
            Http.bearer(here));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.header("Cache-Control")).isEqualTo("no-store");
    assertThat(me(changed.text("access_token"))).as("this session goes on").isEqualTo(200);
    assertThat(me(elsewhere)).isEqualTo(401);
    assertThat(me(here)).isEqualTo(401);
    assertThat(signIn(http, username, PASSWORD).status()).isEqualTo(401);
    assertThat(me(login(username, "a brand new password"))).isEqualTo(200);
  }

  @Test
  void anAdminResettingAPasswordEndsThatUsersSessions() {
    String username = newUser("tenant-viewer");
    String token = login(username, PASSWORD);

    Http.Response reset =
        http.put(
            "/admin/v1/users/" + userId(username) + "/password",
            http.toJson(Map.of("password", "reset by the admin")),
            Http.bearer(admin));

    assertThat(reset.status()).isEqualTo(204);
    assertThat(me(token)).isEqualTo(401);
  }

  @Test
  void signInIsThrottledPerUsername() {
    String username = newUser("tenant-viewer");
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(http, username, "wrong password " + i).status()).isEqualTo(401);
    }

    Http.Response throttled = signIn(http, username, PASSWORD);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.text("error.code")).isEqualTo("sign_in_throttled");
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
    assertThat(signIn(http, "admin", ADMIN_PASSWORD).status())
        .as("other usernames are not affected")
        .isEqualTo(200);
    clock.advance(Duration.ofMinutes(5));
    assertThat(signIn(http, username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void signInIsThrottledPerClientAddress() throws Exception {
    URI base = URI.create("http://127.0.0.1:" + server.getPort());
    Http elsewhere = new Http(base, jsonMapper, InetAddress.getByName("127.0.0.9"));
    int refused = 0;
    Http.Response last = null;
    for (int i = 0; i < 25 && refused == 0; i++) {
      last = signIn(elsewhere, unique("nobody"), "wrong password");
      refused = last.status() == 429 ? i + 1 : 0;
    }

    assertThat(refused).as("the attempt that was refused").isBetween(21, 23);
    assertThat(last.header("Retry-After")).isNotBlank();
    assertThat(signIn(elsewhere, "admin", ADMIN_PASSWORD).status()).isEqualTo(429);
    assertThat(signIn(new Http(base, jsonMapper), "admin", ADMIN_PASSWORD).status())
        .as("other addresses are not affected")
        .isEqualTo(200);
  }

  /** The token with its claims changed, signed again with the server's own key. */
  private String resign(String token, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
    SignedJWT signed =
        new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), change.apply(builder).build());
    signed.sign(new RSASSASigner(serverKey()));
    return signed.serialize();
  }

  private PrivateKey serverKey() throws Exception {
    String pem = Files.readString(home.resolve("keys").resolve("jwt-signing.pem"));
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }
}
