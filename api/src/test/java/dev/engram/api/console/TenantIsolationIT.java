package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two organizations with two apps each: nothing of one is visible from the other. */
@MicronautTest(transactional = false)
class TenantIsolationIT extends ApiTestSupport {
  private String orgA;
  private String orgB;
  private String appA1;
  private String appA2;
  private String appB1;
  private String adminA;
  private String adminB;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    orgA = createOrg(root, unique("org-a"));
    orgB = createOrg(root, unique("org-b"));
    appA1 = createApp(root, orgA, "one");
    appA2 = createApp(root, orgA, "two");
    appB1 = createApp(root, orgB, "one");
    createApp(root, orgB, "two");
    String userA = unique("admin-a");
    String userB = unique("admin-b");
    createUser(root, userA, "tenant-admin", orgA);
    createUser(root, userB, "tenant-admin", orgB);
    adminA = login(userA, "a long enough password");
    adminB = login(userB, "a long enough password");
  }

  @Test
  void eachKeyResolvesOnlyItsOwnApp() {
    String keyA1 = createKeySecret(adminA, appA1, List.of("memories:read"));
    String keyA2 = createKeySecret(adminA, appA2, List.of("memories:read"));
    String keyB1 = createKeySecret(adminB, appB1, List.of("memories:read"));

    assertThat(http.get("/v1/whoami", Http.bearer(keyA1)).text("app.id")).isEqualTo(appA1);
    assertThat(http.get("/v1/whoami", Http.bearer(keyA2)).text("app.id")).isEqualTo(appA2);
    assertThat(http.get("/v1/whoami", Http.bearer(keyB1)).text("app.id")).isEqualTo(appB1);
    assertThat(http.get("/v1/whoami", Http.bearer(keyB1)).text("org.id")).isEqualTo(orgB);
  }

  @Test
  void tenantAdminListsOnlyItsOrganization() {
    List<Map<String, Object>> orgs = http.get("/admin/v1/orgs", Http.bearer(adminA)).list();
    assertThat(orgs).extracting(o -> o.get("id")).containsExactly(orgA);
  }

  @Test
  void otherOrganizationsLookAbsentNotForbidden() {
    Http.Response org = http.get("/admin/v1/orgs/" + orgB, Http.bearer(adminA));
    Http.Response apps = http.get("/admin/v1/orgs/" + orgB + "/apps", Http.bearer(adminA));
    Http.Response app = http.get("/admin/v1/apps/" + appB1, Http.bearer(adminA));
    Http.Response keys = http.get("/admin/v1/apps/" + appB1 + "/keys", Http.bearer(adminA));

    assertThat(List.of(org.status(), apps.status(), app.status(), keys.status())).containsOnly(404);
    assertThat(app.body()).doesNotContain("one");
  }

  @Test
  void tenantAdminCannotChangeAnotherOrganization() {
    int keysBefore =
        http.get("/admin/v1/apps/" + appB1 + "/keys", Http.bearer(adminB)).list().size();
    Http.Response key =
        http.post(
            "/admin/v1/apps/" + appB1 + "/keys",
            http.toJson(Map.of("name", "sneaky", "scopes", List.of("admin"))),
            Http.bearer(adminA));
    Http.Response app =
        http.post("/admin/v1/orgs/" + orgB + "/apps", "{\"name\":\"sneaky\"}", Http.bearer(adminA));
    Http.Response delete = http.delete("/admin/v1/apps/" + appB1, Http.bearer(adminA));

    assertThat(List.of(key.status(), app.status(), delete.status())).containsOnly(404);
    assertThat(http.get("/admin/v1/apps/" + appB1 + "/keys", Http.bearer(adminB)).list())
        .hasSize(keysBefore);
    assertThat(http.get("/admin/v1/apps/" + appB1, Http.bearer(adminB)).status()).isEqualTo(200);
  }

  @Test
  void appsOfAnOrganizationThatDoesNotExistAreNotFoundForPlatformAdmins() {
    // found by ./engram eval security: an empty list, and a database error (500) on create
    String root = adminToken();
    for (String org : List.of("org_doesnotexist", "..%2F..%2Fetc%2Fpasswd")) {
      Http.Response list = http.get("/admin/v1/orgs/" + org + "/apps", Http.bearer(root));
      Http.Response create =
          http.post("/admin/v1/orgs/" + org + "/apps", "{\"name\":\"orphan\"}", Http.bearer(root));

      assertThat(list.status()).as(list.body()).isEqualTo(404);
      assertThat(list.text("error.code")).isEqualTo("org_not_found");
      assertThat(create.status()).as(create.body()).isEqualTo(404);
      assertThat(create.text("error.code")).isEqualTo("org_not_found");
    }
  }

  @Test
  void usersOfOtherOrganizationsAreInvisible() {
    List<Map<String, Object>> users = http.get("/admin/v1/users", Http.bearer(adminA)).list();
    assertThat(users).extracting(u -> u.get("org_id")).containsOnly(orgA);
  }

  @Test
  void orgScopedChangesToAnotherOrganizationAnswerNotFound() {
    Http.Response delete = http.delete("/admin/v1/orgs/" + orgB, Http.bearer(adminA));
    Http.Response rename =
        http.patch("/admin/v1/orgs/" + orgB, "{\"name\":\"taken-over\"}", Http.bearer(adminA));
    Http.Response users = http.get("/admin/v1/users?org_id=" + orgB, Http.bearer(adminA));
    Http.Response user =
        http.post(
            "/admin/v1/users",
            http.toJson(
                Map.of(
                    "username",
                    unique("intruder"),
                    "password",
                    "a long enough password",
                    "role",
                    "tenant-admin",
                    "org_id",
                    orgB)),
            Http.bearer(adminA));

    assertThat(List.of(delete.status(), rename.status(), users.status(), user.status()))
        .containsOnly(404);
    assertThat(delete.text("error.code")).isEqualTo("org_not_found");
    assertThat(http.get("/admin/v1/orgs/" + orgB, Http.bearer(adminB)).status()).isEqualTo(200);
    Http.Response own = http.delete("/admin/v1/orgs/" + orgA, Http.bearer(adminA));
    assertThat(own.status()).as("a visible org a tenant may not delete").isEqualTo(403);
  }
}
