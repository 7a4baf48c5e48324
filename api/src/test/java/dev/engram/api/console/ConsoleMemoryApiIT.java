package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The memory endpoints of the console API (JWT): the same data as {@code /v1}, only for apps of the
 * signed-in user's organization, read-only for viewers.
 */
@MicronautTest(transactional = false)
class ConsoleMemoryApiIT extends ApiTestSupport {
  private String app;
  private String otherApp;
  private String admin;
  private String viewer;
  private String otherAdmin;
  private String key;
  private String lisbon;
  private String porto;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("mem-org"));
    String otherOrg = createOrg(root, unique("mem-other"));
    app = createApp(root, org, "bot");
    otherApp = createApp(root, otherOrg, "bot");
    String viewerName = unique("viewer");
    String otherName = unique("other-admin");
    createUser(root, viewerName, "tenant-viewer", org);
    createUser(root, otherName, "tenant-admin", otherOrg);
    admin = root;
    viewer = login(viewerName, "a long enough password");
    otherAdmin = login(otherName, "a long enough password");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    lisbon = write("ana", "User lives in Lisbon");
    write("ana", "User prefers tea over coffee");
    porto = write("ana", "User moved to Porto");
    write("bruno", "User likes jazz");
  }

  @SuppressWarnings("unchecked")
  private String write(String user, String content) {
    Http.Response r =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) r.at("results")).get(0).get("memory_id").toString();
  }

  private String memories(String query) {
    return "/admin/v1/apps/" + app + "/memories" + query;
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsWithFiltersIncludingSupersededMemories() {
    Http.Response active = http.get(memories("?user_id=ana"), Http.bearer(viewer));
    assertThat(active.status()).as(active.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) active.at("memories"))
        .extracting(m -> m.get("content"))
        .containsExactlyInAnyOrder("User prefers tea over coffee", "User moved to Porto");

    Http.Response superseded =
        http.get(memories("?user_id=ana&statuses=superseded"), Http.bearer(viewer));
    assertThat((List<Map<String, Object>>) superseded.at("memories"))
        .extracting(m -> m.get("id"))
        .containsExactly(lisbon);

    Http.Response everyone = http.get(memories(""), Http.bearer(viewer));
    assertThat(everyone.at("total")).isEqualTo(3);

    Http.Response bad = http.get(memories("?min_importance=11"), Http.bearer(viewer));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("error.field")).isEqualTo("min_importance");
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchesWithTheScoreBreakdown() {
    Http.Response r =
        http.post(
            memories("/search"),
            http.toJson(Map.of("query", "where does the user live", "user_id", "ana")),
            Http.bearer(viewer));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> hits = (List<Map<String, Object>>) r.at("results");
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0)).containsKeys("relevance", "composite_score", "components");
    assertThat(hits)
        .extracting(h -> ((Map<String, Object>) h.get("memory")).get("user_id"))
        .containsOnly("ana");

    Http.Response blank =
        http.post(memories("/search"), http.toJson(Map.of("query", " ")), Http.bearer(viewer));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.text("error.field")).isEqualTo("query");
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsTheChainEventsAndGraphOfAMemory() {
    Http.Response chain = http.get(memories("/" + lisbon + "/chain"), Http.bearer(viewer));
    assertThat(chain.status()).as(chain.body()).isEqualTo(200);
    assertThat(chain.text("current_id")).isEqualTo(porto);
    assertThat((List<Map<String, Object>>) chain.at("versions"))
        .extracting(v -> v.get("id"))
        .containsExactly(lisbon, porto);
    assertThat(http.get(memories("/" + porto), Http.bearer(viewer)).text("status"))
        .isEqualTo("active");
    assertThat(http.get(memories("/" + porto + "/events"), Http.bearer(viewer)).list())
        .isNotEmpty();
    assertThat(http.get(memories("/" + porto + "/related"), Http.bearer(viewer)).status())
        .isEqualTo(200);
    Http.Response graph = http.get(memories("/" + porto + "/graph"), Http.bearer(viewer));
    assertThat(graph.body()).startsWith("flowchart");
  }

  @Test
  void anotherOrganizationsAppIsNotFound() {
    for (String path :
        List.of(
            "/admin/v1/apps/" + app + "/memories",
            "/admin/v1/apps/" + app + "/memories/" + porto,
            "/admin/v1/apps/" + app + "/memories/" + porto + "/chain",
            "/admin/v1/apps/" + app + "/stats",
            "/admin/v1/apps/" + app + "/tasks",
            "/admin/v1/apps/" + app + "/memory-users",
            "/admin/v1/apps/" + app + "/export")) {
      Http.Response r = http.get(path, Http.bearer(otherAdmin));
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.text("error.code")).as(path).isEqualTo("app_not_found");
    }
    Http.Response delete =
        http.delete(memories("/" + porto).replace(app, app), Http.bearer(otherAdmin));
    assertThat(delete.status()).isEqualTo(404);
    // and a memory of one app is not reachable through another app the caller may see
    Http.Response crossed =
        http.get("/admin/v1/apps/" + otherApp + "/memories/" + porto, Http.bearer(admin));
    assertThat(crossed.status()).isEqualTo(404);
  }

  @Test
  void viewersReadButDoNotChange() {
    String doomed = write("carla", "User collects stamps");
    assertThat(http.delete(memories("/" + doomed), Http.bearer(viewer)).status()).isEqualTo(403);
    assertThat(http.delete(memories("?user_id=carla"), Http.bearer(viewer)).status())
        .isEqualTo(403);
    assertThat(http.get("/admin/v1/apps/" + app + "/export", Http.bearer(viewer)).status())
        .isEqualTo(403);
    assertThat(http.get(memories("/" + doomed), Http.bearer(viewer)).text("status"))
        .isEqualTo("active");

    Http.Response deleted = http.delete(memories("/" + doomed), Http.bearer(admin));
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.text("status")).isEqualTo("deleted");
    Http.Response erased = http.delete(memories("?user_id=carla"), Http.bearer(admin));
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(erased.at("deleted")).isEqualTo(1);
    assertThat(http.delete(memories(""), Http.bearer(admin)).text("error.field"))
        .isEqualTo("user_id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void numbersUsersTasksAndExport() {
    Http.Response stats = http.get("/admin/v1/apps/" + app + "/stats", Http.bearer(viewer));
    assertThat(stats.status()).as(stats.body()).isEqualTo(200);
    assertThat(((Number) stats.at("superseded")).longValue()).isGreaterThanOrEqualTo(1);
    assertThat(((Number) stats.at("active_keys")).intValue()).isGreaterThanOrEqualTo(1);

    Http.Response users =
        http.get("/admin/v1/apps/" + app + "/memory-users?prefix=a", Http.bearer(viewer));
    assertThat((List<String>) users.at("users")).containsExactly("ana");

    Http.Response conversation =
        http.post(
            "/v1/conversations",
            http.toJson(
                Map.of(
                    "user_id",
                    "dora",
                    "partial",
                    true,
                    "messages",
                    List.of(Map.of("role", "user", "content", "I live in Madrid")))),
            Http.bearer(key));
    assertThat(conversation.status()).as(conversation.body()).isEqualTo(202);
    Http.Response tasks = http.get("/admin/v1/apps/" + app + "/tasks", Http.bearer(viewer));
    assertThat(tasks.list()).extracting(t -> t.get("id")).contains(conversation.text("task_id"));
    assertThat(http.get("/admin/v1/apps/" + app + "/tasks?limit=0", Http.bearer(viewer)).status())
        .isEqualTo(400);

    Http.Response export = http.get("/admin/v1/apps/" + app + "/export", Http.bearer(admin));
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains("User moved to Porto");
  }

  @Test
  void apiKeysCannotUseTheConsoleEndpoints() {
    assertThat(http.get(memories(""), Http.bearer(key)).status()).isIn(401, 403);
  }
}
