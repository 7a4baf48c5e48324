package dev.engram.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log over HTTP: sign-ins (good and bad), org/app/key/user changes and key use for export
 * and erase-user are recorded with who, what, which object, when, from where and the outcome;
 * tenant admins read their organization's events only, viewers none; filters, paging, no way to
 * change an event, and the retention.
 */
@MicronautTest(transactional = false)
class AuditLogIT extends ApiTestSupport {
  private static final String PASSWORD = "a long enough password";

  @Inject AuditRetention retention;

  private String root;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> events(String token, String query) {
    Http.Response page = http.get("/admin/v1/audit?" + query, Http.bearer(token));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return (List<Map<String, Object>>) page.at("events");
  }

  @Test
  void signInsAndConsoleChangesAreRecordedWithWhoWhatWhichWhenWhereAndOutcome() {
    String name = unique("auditor");
    Http.Response failed =
        http.post(
            "/admin/v1/login",
            http.toJson(Map.of("username", name, "password", "not the password")));
    assertThat(failed.status()).isEqualTo(401);
    String org = createOrg(root, unique("audited"));
    String app = createApp(root, org, "audited");
    String keyId = createKey(root, app, List.of("memories:read")).text("api_key.id");
    assertThat(http.post("/admin/v1/keys/" + keyId + "/revoke", "", Http.bearer(root)).status())
        .isEqualTo(200);
    createUser(root, name, "tenant-admin", org);
    login(name, PASSWORD);

    List<Map<String, Object>> failures =
        events(root, "action=sign_in&outcome=failure&actor=" + name);
    assertThat(failures).hasSize(1);
    Map<String, Object> bad = failures.getFirst();
    assertThat(bad.get("actor_type")).isEqualTo("anonymous");
    assertThat(bad.get("status")).isEqualTo(401);
    assertThat(bad.get("address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(bad.get("at")).isNotNull();
    assertThat(bad.get("request_id")).isNotNull();
    assertThat(events(root, "action=sign_in&outcome=success&actor=" + name)).hasSize(1);

    List<Map<String, Object>> ofOrg = events(root, "org_id=" + org);
    List<String> actions = ofOrg.stream().map(e -> (String) e.get("action")).toList();
    assertThat(actions)
        .containsSubsequence("user.create", "key.revoke", "key.create", "app.create", "org.create");
    Map<String, Object> created = find(ofOrg, "app.create");
    assertThat(created.get("actor")).isEqualTo("admin");
    assertThat(created.get("actor_type")).isEqualTo("user");
    assertThat(created.get("target_type")).isEqualTo("app");
    assertThat(created.get("target_id")).isEqualTo(app);
    assertThat(created.get("outcome")).isEqualTo("success");
    assertThat(find(ofOrg, "key.revoke").get("target_id")).isEqualTo(keyId);
    assertThat(find(ofOrg, "key.create").get("target_id")).isEqualTo(keyId);
  }

  @Test
  void aRefusedChangeIsRecordedAsAFailure() {
    String org = createOrg(root, unique("refused"));
    String viewer = unique("viewer");
    createUser(root, viewer, "tenant-viewer", org);
    String token = login(viewer, PASSWORD);

    assertThat(
            http.post("/admin/v1/orgs/" + org + "/apps", "{\"name\":\"x\"}", Http.bearer(token))
                .status())
        .isEqualTo(403);

    List<Map<String, Object>> refused = events(root, "actor=" + viewer + "&action=app.create");
    assertThat(refused).hasSize(1);
    assertThat(refused.getFirst().get("outcome")).isEqualTo("failure");
    assertThat(refused.getFirst().get("status")).isEqualTo(403);
    assertThat(refused.getFirst().get("org_id")).isEqualTo(org);
  }

  @Test
  void keyUseForExportAndEraseUserIsRecordedWithTheKey() {
    String org = createOrg(root, unique("keys"));
    String app = createApp(root, org, "keys");
    Http.Response issued = createKey(root, app, List.of("admin"));
    String keyId = issued.text("api_key.id");
    String key = issued.text("key");

    assertThat(http.get("/v1/export", Http.bearer(key)).status()).isEqualTo(200);
    assertThat(http.delete("/v1/memories?user_id=gone", Http.bearer(key)).status()).isEqualTo(200);
    assertThat(http.get("/v1/memories?user_id=gone", Http.bearer(key)).status()).isEqualTo(200);

    List<Map<String, Object>> used = events(root, "actor=" + keyId);
    assertThat(used)
        .extracting(e -> e.get("action"))
        .containsExactly("memories.erase_user", "memories.export");
    assertThat(used.getFirst().get("actor_type")).isEqualTo("key");
    assertThat(used.getFirst().get("target_id")).isEqualTo("gone");
    assertThat(used.getFirst().get("org_id")).isEqualTo(org);
  }

  @Test
  void tenantAdminsReadTheirOrganizationOnlyAndViewersNothing() {
    String mine = createOrg(root, unique("mine"));
    String theirs = createOrg(root, unique("theirs"));
    createApp(root, theirs, "secret-app");
    String adminName = unique("tadmin");
    String viewerName = unique("tviewer");
    createUser(root, adminName, "tenant-admin", mine);
    createUser(root, viewerName, "tenant-viewer", mine);
    String admin = login(adminName, PASSWORD);
    createApp(admin, mine, "own-app");

    List<Map<String, Object>> seen = events(admin, "limit=500");
    assertThat(seen).isNotEmpty();
    assertThat(seen).allSatisfy(e -> assertThat(e.get("org_id")).isEqualTo(mine));
    assertThat(http.get("/admin/v1/audit?org_id=" + theirs, Http.bearer(admin)).status())
        .isEqualTo(404);
    assertThat(http.get("/admin/v1/audit", Http.bearer(login(viewerName, PASSWORD))).status())
        .isEqualTo(403);
  }

  @Test
  void pagesFollowTheCursorWithoutRepeatsAndEventsCannotBeChanged() {
    String org = createOrg(root, unique("paged"));
    for (int i = 0; i < 5; i++) {
      createApp(root, org, "app-" + i);
    }
    Set<String> ids = new HashSet<>();
    List<String> order = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Response page =
          http.get(
              "/admin/v1/audit?limit=2&org_id=" + org + (cursor == null ? "" : "&cursor=" + cursor),
              Http.bearer(root));
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> events = (List<Map<String, Object>>) page.at("events");
      events.forEach(
          e -> {
            assertThat(ids.add((String) e.get("id"))).as("no event twice").isTrue();
            order.add((String) e.get("at"));
          });
      cursor = page.text("next");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(ids).hasSize(6);
    assertThat(pages).isEqualTo(3);
    assertThat(order).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(http.get("/admin/v1/audit?limit=0", Http.bearer(root)).text("error.field"))
        .isEqualTo("limit");
    assertThat(http.get("/admin/v1/audit?from=yesterday", Http.bearer(root)).text("error.field"))
        .isEqualTo("from");
    String id = ids.iterator().next();
    assertThat(http.delete("/admin/v1/audit/" + id, Http.bearer(root)).status()).isIn(404, 405);
    assertThat(http.put("/admin/v1/audit/" + id, "{}", Http.bearer(root)).status()).isIn(404, 405);
  }

  @Test
  void eventsOlderThanTheRetentionAreRemoved() {
    String org = createOrg(root, unique("old"));
    assertThat(events(root, "org_id=" + org)).hasSize(1);

    clock.advance(Duration.ofDays(366));
    retention.run();
    clock.reset();

    assertThat(events(root, "org_id=" + org)).isEmpty();
  }

  private static Map<String, Object> find(List<Map<String, Object>> events, String action) {
    return events.stream().filter(e -> action.equals(e.get("action"))).findFirst().orElseThrow();
  }
}
