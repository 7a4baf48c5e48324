package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ApiKeyAuthenticationIT extends ApiTestSupport {
  private String admin;
  private String orgId;
  private String appId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("acme"));
    appId = createApp(admin, orgId, "support-bot");
  }

  @Test
  void bearerKeyResolvesItsOrgAppAndScopes() {
    String key = createKeySecret(admin, appId, List.of("memories:read", "memories:write"));

    Http.Response response = http.get("/v1/whoami", Http.bearer(key));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text("org.id")).isEqualTo(orgId);
    assertThat(response.text("app.id")).isEqualTo(appId);
    assertThat(response.text("app.name")).isEqualTo("support-bot");
    assertThat(response.at("scopes")).isEqualTo(List.of("memories:read", "memories:write"));
  }

  @Test
  void xApiKeyHeaderWorksToo() {
    String key = createKeySecret(admin, appId, List.of("memories:read"));
    Http.Response response = http.get("/v1/whoami", "X-API-Key", key);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text("app.id")).isEqualTo(appId);
  }

  @Test
  void twoDifferentCredentialsAreRefused() {
    String key = createKeySecret(admin, appId, List.of("memories:read"));
    String other = createKeySecret(admin, appId, List.of("memories:read"));

    Http.Response conflicting =
        http.get("/v1/whoami", "X-API-Key", key, "Authorization", "Bearer " + other);
    Http.Response withToken =
        http.get("/v1/whoami", "X-API-Key", key, "Authorization", "Bearer not-a-key");

    assertThat(conflicting.status()).isEqualTo(401);
    assertThat(conflicting.text("error.code")).isEqualTo("conflicting_credentials");
    assertThat(withToken.text("error.code")).isEqualTo("conflicting_credentials");
    assertThat(http.get("/v1/whoami", "X-API-Key", key, "Authorization", "Bearer " + key).status())
        .as("the same key twice is one credential")
        .isEqualTo(200);
  }

  @Test
  void keySecretsAreNeverCached() {
    Http.Response created = createKey(admin, appId, List.of("memories:read"));
    Http.Response rotated =
        http.post(
            "/admin/v1/keys/" + created.text("api_key.id") + "/rotate", "", Http.bearer(admin));
    Http.Response login =
        http.post(
            "/admin/v1/login",
            http.toJson(Map.of("username", "admin", "password", ADMIN_PASSWORD)));

    assertThat(created.header("Cache-Control")).isEqualTo("no-store");
    assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
    assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void missingKeyIsUnauthorizedWithAHint() {
    Http.Response response = http.get("/v1/whoami");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("missing_api_key");
    assertThat(response.text("error.message")).contains("X-API-Key");
    assertThat(response.text("error.request_id")).isEqualTo(response.header("X-Request-Id"));
  }

  @Test
  void wrongKeyIsUnauthorized() {
    Http.Response response = http.get("/v1/whoami", Http.bearer("eng_" + "A".repeat(40)));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("invalid_api_key");
    assertThat(http.get("/v1/whoami", "X-API-Key", "garbage").text("error.code"))
        .isEqualTo("invalid_api_key");
  }

  @Test
  void revokedKeyIsUnauthorized() {
    Http.Response created = createKey(admin, appId, List.of("memories:read"));
    String key = created.text("key");
    assertThat(http.get("/v1/whoami", Http.bearer(key)).status()).isEqualTo(200);

    Http.Response revoked =
        http.post(
            "/admin/v1/keys/" + created.text("api_key.id") + "/revoke", "", Http.bearer(admin));

    assertThat(revoked.text("status")).isEqualTo("revoked");
    Http.Response response = http.get("/v1/whoami", Http.bearer(key));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("api_key_revoked");
  }

  @Test
  void expiredKeyIsUnauthorized() {
    String expiresAt = Instant.now().plus(Duration.ofHours(1)).toString();
    Http.Response created =
        http.post(
            "/admin/v1/apps/" + appId + "/keys",
            http.toJson(
                Map.of(
                    "name",
                    "short-lived",
                    "scopes",
                    List.of("memories:read"),
                    "expires_at",
                    expiresAt)),
            Http.bearer(admin));
    String key = created.text("key");
    assertThat(http.get("/v1/whoami", Http.bearer(key)).status()).isEqualTo(200);

    clock.advance(Duration.ofHours(2));

    Http.Response response = http.get("/v1/whoami", Http.bearer(key));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("error.code")).isEqualTo("api_key_expired");
  }

  @Test
  void rotatedKeyReplacesTheOldOne() {
    Http.Response created = createKey(admin, appId, List.of("memories:read"));
    Http.Response rotated =
        http.post(
            "/admin/v1/keys/" + created.text("api_key.id") + "/rotate", "", Http.bearer(admin));

    assertThat(rotated.status()).isEqualTo(201);
    assertThat(http.get("/v1/whoami", Http.bearer(rotated.text("key"))).status()).isEqualTo(200);
    assertThat(http.get("/v1/whoami", Http.bearer(created.text("key"))).text("error.code"))
        .isEqualTo("api_key_revoked");
  }

  @Test
  void missingScopeIsForbidden() {
    String reader = createKeySecret(admin, appId, List.of("memories:read"));

    assertThat(http.get("/v1/test/scope-probe/read", Http.bearer(reader)).status()).isEqualTo(200);
    Http.Response write = http.post("/v1/test/scope-probe/write", "{}", Http.bearer(reader));
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.text("error.code")).isEqualTo("insufficient_scope");
    assertThat(http.get("/v1/test/scope-probe/analytics", Http.bearer(reader)).status())
        .isEqualTo(403);
  }

  @Test
  void adminScopeGrantsEveryScope() {
    String adminKey = createKeySecret(admin, appId, List.of("admin"));
    assertThat(http.post("/v1/test/scope-probe/write", "{}", Http.bearer(adminKey)).status())
        .isEqualTo(200);
    assertThat(http.get("/v1/test/scope-probe/analytics", Http.bearer(adminKey)).status())
        .isEqualTo(200);
  }

  @Test
  void consoleTokenIsNotAnApiKey() {
    Http.Response response = http.get("/v1/whoami", Http.bearer(admin));
    assertThat(response.status()).isIn(401, 403);
    assertThat(response.text("error.code")).isEqualTo("api_key_required");
  }

  @Test
  void apiKeyIsNotAConsoleToken() {
    String key = createKeySecret(admin, appId, List.of("admin"));
    Http.Response response = http.get("/admin/v1/orgs", Http.bearer(key));
    assertThat(response.status()).isIn(401, 403);
    assertThat(response.text("error.code")).isIn("console_token_required", "invalid_token");
    assertThat(response.body()).doesNotContain(orgId);
  }

  @Test
  void keyListingNeverShowsSecretsOrHashes() {
    String key = createKeySecret(admin, appId, List.of("memories:read"));
    Http.Response listing = http.get("/admin/v1/apps/" + appId + "/keys", Http.bearer(admin));
    assertThat(listing.status()).isEqualTo(200);
    assertThat(listing.body()).doesNotContain(key).doesNotContain("hash");
    assertThat(listing.list())
        .allSatisfy(k -> assertThat(k.get("prefix").toString()).startsWith("eng_"));
  }
}
