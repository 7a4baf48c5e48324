package dev.engram.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Console identity through a real Keycloak (started once per run by {@link KeycloakServer}): sign
 * in through the token endpoint and the PKCE login flow, realm roles and {@code tenant_id} mapped
 * to console roles, provisioning round trips, a disabled user losing access, a rotated realm key.
 */
@MicronautTest(transactional = false)
class KeycloakIdentityIT extends ApiTestSupport {
  private static final String PASSWORD = "a long enough password";

  private final KeycloakServer keycloak = KeycloakServer.get();
  private KeycloakLogin kc;
  private String root;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.oidc.issuer", keycloak.issuer());
    properties.put("engram.oidc.provisioning-client-secret", KeycloakServer.PROVISIONER_SECRET);
    properties.put("engram.oidc.temporary-passwords", "false");
    properties.put("engram.oidc.jwks-min-refresh-interval", "0s");
    return properties;
  }

  @BeforeAll
  void signIn() {
    http = new Http(server.getURI(), jsonMapper);
    kc = new KeycloakLogin(keycloak, jsonMapper);
    root = adminToken();
  }

  @Test
  void tellsTheConsoleHowToSignIn() {
    Http.Response config = http.get("/admin/v1/auth/config");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.at("built_in")).isEqualTo(true);
    assertThat(config.text("oidc.issuer")).isEqualTo(keycloak.issuer());
    assertThat(config.text("oidc.client_id")).isEqualTo("engram-console");
    assertThat(config.text("oidc.authorization_endpoint"))
        .isEqualTo(keycloak.issuer() + "/protocol/openid-connect/auth");
    assertThat(config.text("oidc.token_endpoint"))
        .isEqualTo(keycloak.issuer() + "/protocol/openid-connect/token");
  }

  @Test
  void signsInWithAuthorizationCodeAndPkce() {
    String org = createOrg(root, unique("pkce"));
    String username = unique("pkce-admin");
    createUser(root, username, "tenant-admin", org);
    String redirect = server.getURI().resolve("/admin/callback").toString();
    keycloak.allowConsoleRedirect(redirect);

    KeycloakLogin.TokenResponse wrongVerifier =
        kc.authorizationCode(
            "engram-console", redirect, username, PASSWORD, Optional.of("x".repeat(50)));
    assertThat(wrongVerifier.status()).as(wrongVerifier.body()).isEqualTo(400);
    assertThat(wrongVerifier.error()).isEqualTo("invalid_grant");

    KeycloakLogin.TokenResponse tokens =
        kc.authorizationCode("engram-console", redirect, username, PASSWORD, Optional.empty());
    assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
    Http.Response me = http.get("/admin/v1/me", Http.bearer(tokens.accessToken()));
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.text("username")).isEqualTo(username.toLowerCase(java.util.Locale.ROOT));
    assertThat(me.text("role")).isEqualTo("tenant-admin");
    assertThat(me.text("org_id")).isEqualTo(org);
  }

  @Test
  void mapsRealmRolesAndTenantClaimToConsoleRoles() {
    String org = createOrg(root, unique("roles"));
    String other = createOrg(root, unique("other"));
    String viewer = unique("viewer");
    String admin = unique("tadmin");
    createUser(root, viewer, "tenant-viewer", org);
    createUser(root, admin, "tenant-admin", org);

    String viewerToken = kc.accessToken(viewer, PASSWORD);
    assertThat(http.get("/admin/v1/orgs/" + org + "/apps", Http.bearer(viewerToken)).status())
        .isEqualTo(200);
    Http.Response write =
        http.post(
            "/admin/v1/orgs/" + org + "/apps",
            http.toJson(Map.of("name", "nope")),
            Http.bearer(viewerToken));
    assertThat(write.status()).as(write.body()).isEqualTo(403);

    String adminToken = kc.accessToken(admin, PASSWORD);
    assertThat(createApp(adminToken, org, unique("app"))).isNotBlank();
    assertThat(http.get("/admin/v1/orgs/" + other + "/apps", Http.bearer(adminToken)).status())
        .isEqualTo(404);

    String platform = unique("platform");
    createUser(root, platform, "platform-admin", null);
    String platformToken = kc.accessToken(platform, PASSWORD);
    assertThat(http.get("/admin/v1/orgs/" + other + "/apps", Http.bearer(platformToken)).status())
        .isEqualTo(200);

    // a realm user with no Engram role gets no console access at all
    String plain = unique("plain");
    try (Keycloak admin2 = keycloak.admin()) {
      createRealmUser(admin2.realm(KeycloakServer.REALM), plain, Map.of());
    }
    Http.Response refused = http.get("/admin/v1/me", Http.bearer(kc.accessToken(plain, PASSWORD)));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text("error.message")).contains("none of the realm roles");
  }

  @Test
  void provisionsOrganizationsAndUsersInTheRealm() {
    String name = unique("prov");
    String org = createOrg(root, name);
    String username = unique("prov-user");
    createUser(root, username, "tenant-viewer", org);
    String userId = userId(username);
    try (Keycloak admin = keycloak.admin()) {
      RealmResource realm = admin.realm(KeycloakServer.REALM);
      GroupRepresentation group = group(realm, org).orElseThrow();
      assertThat(group.getAttributes())
          .containsEntry("tenant_id", List.of(org))
          .containsEntry("display_name", List.of(name));
      UserRepresentation user = realmUser(realm, username).orElseThrow();
      assertThat(user.getAttributes()).containsEntry("tenant_id", List.of(org));
      assertThat(engramRoles(realm, user)).containsExactly("tenant-viewer");
      assertThat(realm.users().get(user.getId()).groups())
          .extracting(GroupRepresentation::getName)
          .containsExactly(org);

      Http.Response renamed =
          http.patch(
              "/admin/v1/orgs/" + org,
              http.toJson(Map.of("name", name + "-renamed")),
              Http.bearer(root));
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
      assertThat(group(realm, org).orElseThrow().getAttributes())
          .containsEntry("display_name", List.of(name + "-renamed"));

      Http.Response role =
          http.put(
              "/admin/v1/users/" + userId + "/role",
              http.toJson(Map.of("role", "tenant-admin")),
              Http.bearer(root));
      assertThat(role.status()).as(role.body()).isEqualTo(200);
      assertThat(engramRoles(realm, user)).containsExactly("tenant-admin");

      assertThat(http.delete("/admin/v1/users/" + userId, Http.bearer(root)).status())
          .isEqualTo(204);
      assertThat(realmUser(realm, username)).isEmpty();
      assertThat(http.delete("/admin/v1/orgs/" + org, Http.bearer(root)).status()).isEqualTo(204);
      assertThat(group(realm, org)).isEmpty();
    }
  }

  @Test
  void refusesWhatKeycloakRefusesAndChangesNothing() {
    String org = createOrg(root, unique("taken"));
    String username = unique("taken-user");
    try (Keycloak admin = keycloak.admin()) {
      createRealmUser(admin.realm(KeycloakServer.REALM), username, Map.of());
    }
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("role", "tenant-admin");
    body.put("org_id", org);
    Http.Response refused = http.post("/admin/v1/users", http.toJson(body), Http.bearer(root));
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.text("error.code")).isEqualTo("username_taken");
    assertThat(http.get("/admin/v1/users?org_id=" + org, Http.bearer(root)).list()).isEmpty();
  }

  @Test
  void aDisabledUserLosesAccess() {
    String org = createOrg(root, unique("disable"));
    String username = unique("leaver");
    createUser(root, username, "tenant-admin", org);
    String token = kc.accessToken(username, PASSWORD);
    assertThat(http.get("/admin/v1/me", Http.bearer(token)).status()).isEqualTo(200);

    Http.Response disabled =
        http.post("/admin/v1/users/" + userId(username) + "/disable", "", Http.bearer(root));
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

    Http.Response refused = http.get("/admin/v1/me", Http.bearer(token));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text("error.code")).isEqualTo("session_ended");
    KeycloakLogin.TokenResponse again = kc.passwordGrant(username, PASSWORD);
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.error()).isEqualTo("invalid_grant");
  }

  @Test
  void refusesExpiredTokens() {
    String platform = unique("expiry");
    createUser(root, platform, "platform-admin", null);
    String token = kc.accessToken(platform, PASSWORD);
    assertThat(http.get("/admin/v1/me", Http.bearer(token)).status()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(10));
    Http.Response expired = http.get("/admin/v1/me", Http.bearer(token));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.text("error.message")).containsIgnoringCase("expired");
  }

  @Test
  void followsARotatedRealmKey() {
    String platform = unique("rotate");
    createUser(root, platform, "platform-admin", null);
    String before = kc.accessToken(platform, PASSWORD);
    assertThat(http.get("/admin/v1/me", Http.bearer(before)).status()).isEqualTo(200);
    try (Keycloak admin = keycloak.admin()) {
      RealmResource realm = admin.realm(KeycloakServer.REALM);
      ComponentRepresentation key = new ComponentRepresentation();
      key.setName("rotated-" + unique("rsa"));
      key.setProviderId("rsa-generated");
      key.setProviderType("org.keycloak.keys.KeyProvider");
      key.setParentId(realm.toRepresentation().getId());
      key.setConfig(
          new org.keycloak.common.util.MultivaluedHashMap<>(
              Map.of("priority", List.of("" + System.currentTimeMillis()))));
      realm.components().add(key).close();
    }
    String after = kc.accessToken(platform, PASSWORD);
    assertThat(kid(after)).isNotEqualTo(kid(before));
    Http.Response me = http.get("/admin/v1/me", Http.bearer(after));
    assertThat(me.status()).as(me.body()).isEqualTo(200);
  }

  private static String kid(String token) {
    try {
      return com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getKeyID();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private String userId(String username) {
    return http.get("/admin/v1/users", Http.bearer(root)).list().stream()
        .filter(u -> username.equals(u.get("username")))
        .map(u -> (String) u.get("id"))
        .findFirst()
        .orElseThrow();
  }

  private static Optional<GroupRepresentation> group(RealmResource realm, String org) {
    return realm.groups().groups(org, true, 0, 2, false).stream()
        .filter(g -> org.equals(g.getName()))
        .findFirst();
  }

  private static Optional<UserRepresentation> realmUser(RealmResource realm, String username) {
    return realm.users().searchByUsername(username, true).stream().findFirst();
  }

  private static List<String> engramRoles(RealmResource realm, UserRepresentation user) {
    return realm.users().get(user.getId()).roles().realmLevel().listAll().stream()
        .map(r -> r.getName())
        .filter(n -> n.startsWith("platform-") || n.startsWith("tenant-"))
        .toList();
  }

  private static void createRealmUser(
      RealmResource realm, String username, Map<String, List<String>> attributes) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setAttributes(attributes);
    org.keycloak.representations.idm.CredentialRepresentation password =
        new org.keycloak.representations.idm.CredentialRepresentation();
    password.setType("password");
    password.setValue(PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    realm.users().create(user).close();
  }
}
