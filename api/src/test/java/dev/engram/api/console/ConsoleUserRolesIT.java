package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changing a console user's role (and the sessions that end with it), signing out on the server,
 * and the version on the console's health answer.
 */
@MicronautTest(transactional = false)
class ConsoleUserRolesIT extends ApiTestSupport {
  private static final String PASSWORD = "a long enough password";

  private String root;
  private String org;
  private String otherOrg;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    org = createOrg(root, unique("roles"));
    otherOrg = createOrg(root, unique("roles-other"));
  }

  private String newUser(String role, String orgId) {
    String username = unique("user");
    createUser(root, username, role, orgId);
    return username;
  }

  private String userId(String username) {
    return http.get("/admin/v1/users", Http.bearer(root)).list().stream()
        .filter(u -> username.equals(u.get("username")))
        .findFirst()
        .orElseThrow()
        .get("id")
        .toString();
  }

  private Http.Response changeRole(String token, String userId, String role, String orgId) {
    Map<String, Object> body = new HashMap<>();
    body.put("role", role);
    if (orgId != null) {
      body.put("org_id", orgId);
    }
    return http.put("/admin/v1/users/" + userId + "/role", http.toJson(body), Http.bearer(token));
  }

  @Test
  void aTenantAdminMakesAViewerAnAdminAndTheOldSessionEnds() {
    String admin = login(newUser("tenant-admin", org), PASSWORD);
    String name = newUser("tenant-viewer", org);
    String viewerToken = login(name, PASSWORD);
    assertThat(
            http.post(
                    "/admin/v1/orgs/" + org + "/apps", "{\"name\":\"x\"}", Http.bearer(viewerToken))
                .status())
        .isEqualTo(403);

    Http.Response changed = changeRole(admin, userId(name), "tenant-admin", null);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.text("role")).isEqualTo("tenant-admin");
    assertThat(changed.text("org_id")).isEqualTo(org);
    Http.Response old = http.get("/admin/v1/me", Http.bearer(viewerToken));
    assertThat(old.status()).isEqualTo(401);
    assertThat(old.text("error.code")).isEqualTo("session_ended");
    String fresh = login(name, PASSWORD);
    assertThat(http.get("/admin/v1/me", Http.bearer(fresh)).text("role")).isEqualTo("tenant-admin");
    assertThat(
            http.post(
                    "/admin/v1/orgs/" + org + "/apps",
                    http.toJson(Map.of("name", unique("a"))),
                    Http.bearer(fresh))
                .status())
        .isEqualTo(201);
  }

  @Test
  void tenantAdminsCannotMakePlatformAdminsNorReachOtherOrganizations() {
    String admin = login(newUser("tenant-admin", org), PASSWORD);
    String mine = userId(newUser("tenant-viewer", org));
    String theirs = userId(newUser("tenant-viewer", otherOrg));

    Http.Response promote = changeRole(admin, mine, "platform-admin", null);
    assertThat(promote.status()).isEqualTo(403);
    Http.Response other = changeRole(admin, theirs, "tenant-admin", null);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text("error.code")).isEqualTo("user_not_found");
    Http.Response move = changeRole(admin, mine, "tenant-admin", otherOrg);
    assertThat(move.status()).isEqualTo(404);
    assertThat(move.text("error.code")).isEqualTo("org_not_found");
    assertThat(http.get("/admin/v1/users/" + mine, Http.bearer(root)).text("role"))
        .as("nothing changed")
        .isEqualTo("tenant-viewer");
  }

  @Test
  void viewersCannotChangeRolesAndNobodyChangesTheirOwn() {
    String viewerName = newUser("tenant-viewer", org);
    String viewer = login(viewerName, PASSWORD);
    String target = userId(newUser("tenant-viewer", org));
    assertThat(changeRole(viewer, target, "tenant-admin", null).status()).isEqualTo(403);

    String adminName = newUser("tenant-admin", org);
    Http.Response self =
        changeRole(login(adminName, PASSWORD), userId(adminName), "tenant-viewer", null);
    assertThat(self.status()).isEqualTo(403);
  }

  @Test
  void aPlatformAdminMovesUsersToAndFromPlatformAdmin() {
    String name = newUser("tenant-admin", org);
    String id = userId(name);
    Http.Response up = changeRole(root, id, "platform-admin", null);
    assertThat(up.status()).as(up.body()).isEqualTo(200);
    assertThat(up.at("org_id")).isNull();

    Http.Response noOrg = changeRole(root, id, "tenant-viewer", null);
    assertThat(noOrg.status()).isEqualTo(400);
    assertThat(noOrg.text("error.field")).isEqualTo("org_id");
    Http.Response withOrg = changeRole(root, id, "platform-admin", org);
    assertThat(withOrg.status()).isEqualTo(400);
    assertThat(withOrg.text("error.field")).isEqualTo("org_id");

    Http.Response down = changeRole(root, id, "tenant-viewer", otherOrg);
    assertThat(down.status()).as(down.body()).isEqualTo(200);
    assertThat(down.text("org_id")).isEqualTo(otherOrg);
  }

  @Test
  void anUnknownRoleNamesTheField() {
    String id = userId(newUser("tenant-viewer", org));
    Http.Response r = changeRole(root, id, "owner", null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text("error.field")).isEqualTo("role");
    Http.Response unknownField =
        http.put(
            "/admin/v1/users/" + id + "/role", "{\"rol\":\"tenant-admin\"}", Http.bearer(root));
    assertThat(unknownField.status()).isEqualTo(400);
  }

  @Test
  void signingOutEndsTheSessionOnTheServer() {
    String name = newUser("tenant-viewer", org);
    String first = login(name, PASSWORD);
    String second = login(name, PASSWORD);
    assertThat(http.get("/admin/v1/me", Http.bearer(first)).status()).isEqualTo(200);

    assertThat(http.post("/admin/v1/logout", "", Http.bearer(first)).status()).isEqualTo(204);

    Http.Response replayed = http.get("/admin/v1/me", Http.bearer(first));
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.text("error.code")).isEqualTo("session_ended");
    assertThat(http.get("/admin/v1/me", Http.bearer(second)).status())
        .as("every session of the user ends")
        .isEqualTo(401);
    assertThat(http.get("/admin/v1/me", Http.bearer(login(name, PASSWORD))).status())
        .isEqualTo(200);
    assertThat(http.post("/admin/v1/logout", "").status()).isEqualTo(401);
  }

  @Test
  void healthNamesTheVersion() {
    String viewer = login(newUser("tenant-viewer", org), PASSWORD);
    Http.Response r = http.get("/admin/v1/health", Http.bearer(viewer));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text("version")).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
