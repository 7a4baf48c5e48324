package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ConsoleApiIT extends ApiTestSupport {
  private String admin;
  private String orgId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("acme"));
  }

  private int appCount() {
    return http.get("/admin/v1/orgs/" + orgId + "/apps", Http.bearer(admin)).list().size();
  }

  @Test
  void loginWithWrongPasswordIsUnauthorized() {
    Http.Response response =
        http.post("/admin/v1/login", "{\"username\":\"admin\",\"password\":\"wrong password\"}");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("access_token");
  }

  @Test
  void loginIssuesATokenCarryingTheRole() {
    Http.Response me = http.get("/admin/v1/me", Http.bearer(admin));
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("username")).isEqualTo("admin");
    assertThat(me.text("role")).isEqualTo("platform-admin");
  }

  @Test
  void createsListsUpdatesAndDeletesApps() {
    String appId = createApp(admin, orgId, unique("bot"));
    assertThat(http.get("/admin/v1/apps/" + appId, Http.bearer(admin)).text("org_id"))
        .isEqualTo(orgId);

    Http.Response renamed =
        http.patch(
            "/admin/v1/apps/" + appId, "{\"description\":\"voice agent\"}", Http.bearer(admin));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.text("description")).isEqualTo("voice agent");

    assertThat(http.delete("/admin/v1/apps/" + appId, Http.bearer(admin)).status()).isEqualTo(204);
    Http.Response gone = http.get("/admin/v1/apps/" + appId, Http.bearer(admin));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.text("error.code")).isEqualTo("app_not_found");
  }

  @Test
  void duplicateAppNameInOneOrgIsAConflict() {
    String name = unique("dup");
    createApp(admin, orgId, name);
    int before = appCount();

    Http.Response response =
        http.post(
            "/admin/v1/orgs/" + orgId + "/apps", "{\"name\":\"" + name + "\"}", Http.bearer(admin));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.text("error.code")).isEqualTo("app_name_taken");
    assertThat(response.text("error.field")).isEqualTo("name");
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void overLongNameNamesTheField() {
    int before = appCount();
    Http.Response response =
        http.post(
            "/admin/v1/orgs/" + orgId + "/apps",
            "{\"name\":\"" + "x".repeat(101) + "\"}",
            Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo("invalid_field");
    assertThat(response.text("error.field")).isEqualTo("name");
    assertThat(response.text("error.message")).contains("100");
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsABadRequest() {
    int before = appCount();
    Http.Response response =
        http.post("/admin/v1/orgs/" + orgId + "/apps", "{\"name\": \"x\"", Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo("invalid_json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void wrongTypeIsABadRequest() {
    int before = appCount();
    Http.Response response =
        http.post(
            "/admin/v1/orgs/" + orgId + "/apps", "{\"name\": {\"nested\": 1}}", Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void unknownFieldIsRejectedByName() {
    int before = appCount();
    Http.Response response =
        http.post(
            "/admin/v1/orgs/" + orgId + "/apps",
            "{\"name\":\"" + unique("a") + "\",\"colour\":\"red\"}",
            Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo("unknown_field");
    assertThat(response.text("error.field")).isEqualTo("colour");
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void unknownScopeIsRejected() {
    String appId = createApp(admin, orgId, unique("scoped"));
    Http.Response response =
        http.post(
            "/admin/v1/apps/" + appId + "/keys",
            http.toJson(Map.of("name", "k", "scopes", List.of("memories:delete"))),
            Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.field")).isEqualTo("scopes");
    assertThat(http.get("/admin/v1/apps/" + appId + "/keys", Http.bearer(admin)).list()).isEmpty();
  }

  @Test
  void tokenSignedWithAnotherKeyIsRejected() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged = sign(generator.generateKeyPair().getPrivate(), Instant.now().plusSeconds(600));

    Http.Response response = http.get("/admin/v1/orgs", Http.bearer(forged));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("invalid_token");
  }

  @Test
  void expiredTokenIsRejected() throws Exception {
    String pem = Files.readString(home.resolve("keys/jwt-signing.pem"));
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PrivateKey ours =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    String valid = sign(ours, Instant.now().plusSeconds(600));
    String expired = sign(ours, Instant.now().minusSeconds(600));

    assertThat(http.get("/admin/v1/orgs", Http.bearer(valid)).status()).isEqualTo(200);
    assertThat(http.get("/admin/v1/orgs", Http.bearer(expired)).status()).isEqualTo(401);
  }

  /** The signed-in admin's own token claims, with another expiry, signed by {@code key}. */
  private String sign(PrivateKey key, Instant expiry) throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(SignedJWT.parse(admin).getJWTClaimsSet())
            .issueTime(Date.from(expiry.minusSeconds(3600)))
            .notBeforeTime(Date.from(expiry.minusSeconds(3600)))
            .expirationTime(Date.from(expiry))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void viewerReadsButCannotWrite() {
    String viewerName = unique("viewer");
    createUser(admin, viewerName, "tenant-viewer", orgId);
    String viewer = login(viewerName, "a long enough password");
    int before = appCount();

    assertThat(http.get("/admin/v1/orgs/" + orgId + "/apps", Http.bearer(viewer)).status())
        .isEqualTo(200);
    Http.Response create =
        http.post("/admin/v1/orgs/" + orgId + "/apps", "{\"name\":\"nope\"}", Http.bearer(viewer));
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.text("error.code")).isEqualTo("forbidden");
    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void onlyPlatformAdminsCreateOrganizations() {
    String tenantAdmin = unique("ta");
    createUser(admin, tenantAdmin, "tenant-admin", orgId);
    String token = login(tenantAdmin, "a long enough password");

    Http.Response response =
        http.post("/admin/v1/orgs", "{\"name\":\"" + unique("mine") + "\"}", Http.bearer(token));

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void usersWithUnknownRoleAreRejected() {
    Http.Response response =
        http.post(
            "/admin/v1/users",
            http.toJson(
                Map.of(
                    "username",
                    unique("u"),
                    "password",
                    "long enough password",
                    "role",
                    "god",
                    "org_id",
                    orgId)),
            Http.bearer(admin));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.field")).isEqualTo("role");
  }
}
