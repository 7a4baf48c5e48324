package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.task.TaskRepository;
import dev.engram.tenancy.event.EventBus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mem0 surface under {@code /mem0} over HTTP: the exact paths with trailing slashes beside the
 * native {@code /v1} routes, {@code Token} keys, filters with AND/OR/NOT and operators (never
 * reaching another user), inference through conversation ingestion with its event, and bad input.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class Mem0ApiIT extends ApiTestSupport {
  @Inject EventBus bus;
  @Inject TaskRepository tasks;

  private String appId;
  private String key;
  private String readOnly;
  private String otherApp;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("mem0-api"));
    String app = createApp(root, org, "mem0");
    appId = app;
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    readOnly = createKeySecret(root, app, List.of("memories:read"));
    otherApp =
        createKeySecret(
            root, createApp(root, org, "other"), List.of("memories:read", "memories:write"));
  }

  private static String[] token(String key) {
    return new String[] {"Authorization", "Token " + key};
  }

  private Http.Response post(String path, Object body) {
    return http.post(path, http.toJson(body), token(key));
  }

  private String addAsIs(String user, String agent, String text) {
    Http.Response r =
        post(
            "/mem0/v1/memories/",
            Map.of(
                "user_id",
                user,
                "agent_id",
                agent,
                "infer",
                false,
                "messages",
                List.of(Map.of("role", "user", "content", text)),
                "org_id",
                "ignored",
                "project_id",
                "ignored"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return (String) r.list().get(0).get("id");
  }

  @Test
  void trailingSlashPathsLiveUnderMem0AndTheNativeRoutesStayAsTheyAre() {
    Http.Response ping = http.get("/mem0/v1/ping/", token(key));
    assertThat(ping.status()).as(ping.body()).isEqualTo(200);
    assertThat(ping.text("status")).isEqualTo("ok");
    assertThat(ping.text("project_id")).startsWith("app_");

    String user = unique("slash");
    String id = addAsIs(user, "a1", "Prefers aisle seats");
    Http.Response got = http.get("/mem0/v1/memories/" + id + "/", token(key));
    assertThat(got.status()).as(got.body()).isEqualTo(200);
    assertThat(got.text("memory")).isEqualTo("Prefers aisle seats");
    assertThat(got.text("run_id")).isNull();

    // the native API answers its own shape at its own paths, with a Bearer key as before
    Http.Response nativeGet = http.get("/v1/memories/" + id, Http.bearer(key));
    assertThat(nativeGet.status()).isEqualTo(200);
    assertThat(nativeGet.text("content")).isEqualTo("Prefers aisle seats");
    assertThat(nativeGet.map()).doesNotContainKey("memory");

    Http.Response list = http.get("/mem0/v1/memories/?user_id=" + user, token(key));
    assertThat(list.list()).extracting(m -> m.get("id")).containsExactly(id);
    Http.Response page =
        http.get("/mem0/v1/memories/?user_id=" + user + "&page=1&page_size=1", token(key));
    assertThat(page.map()).containsEntry("count", 1).containsEntry("next", null);
  }

  @Test
  void filtersCombineAndOrNotAndOperatorsWithinOneUser() {
    String user = unique("filters");
    String other = unique("filters-other");
    String alps = addAsIs(user, "travel", "Went hiking in the Alps");
    String tea = addAsIs(user, "food", "Drinks green tea");
    addAsIs(user, "music", "Plays the cello");
    String foreign = addAsIs(other, "travel", "Went hiking in Norway");

    List<Map<String, Object>> or =
        post(
                "/mem0/v2/memories/",
                Map.of(
                    "filters",
                    Map.of(
                        "AND",
                        List.of(
                            Map.of("user_id", user),
                            Map.of(
                                "OR",
                                List.of(
                                    Map.of("agent_id", "travel"), Map.of("agent_id", "food")))))))
            .list();
    assertThat(or).extracting(m -> m.get("id")).containsExactlyInAnyOrder(alps, tea);

    List<Map<String, Object>> in =
        (List<Map<String, Object>>)
            post(
                    "/mem0/v3/memories/",
                    Map.of(
                        "filters",
                        Map.of(
                            "user_id",
                            user,
                            "agent_id",
                            Map.of("in", List.of("travel", "music")),
                            "NOT",
                            List.of(Map.of("agent_id", "music")))))
                .at("results");
    assertThat(in).extracting(m -> m.get("id")).containsExactly(alps);

    // an OR naming another user's agent cannot reach that user's memories
    List<Map<String, Object>> escape =
        post(
                "/mem0/v2/memories/search/",
                Map.of(
                    "query",
                    "hiking",
                    "filters",
                    Map.of(
                        "AND",
                        List.of(
                            Map.of("user_id", user),
                            Map.of(
                                "OR",
                                List.of(Map.of("user_id", other), Map.of("agent_id", "travel")))))))
            .list();
    assertThat(escape).extracting(m -> m.get("id")).containsExactly(alps).doesNotContain(foreign);

    List<Map<String, Object>> since =
        (List<Map<String, Object>>)
            post(
                    "/mem0/v3/memories/search/",
                    Map.of(
                        "query",
                        "green tea",
                        "top_k",
                        1,
                        "filters",
                        Map.of("user_id", user, "created_at", Map.of("gte", "2000-01-01"))))
                .at("results");
    assertThat(since).extracting(m -> m.get("id")).containsExactly(tea);
  }

  @Test
  void anInferredAddIsAConversationTaskWhoseEventReportsWhatItStored() throws Exception {
    String user = unique("infer");
    CompletableFuture<String> done = new CompletableFuture<>();
    try (AutoCloseable unused =
        bus.subscribe(
            e -> {
              if (e.type().equals("task.succeeded") || e.type().equals("task.failed")) {
                done.complete(e.ids().get("task_id") + " " + e.type());
              }
            })) {
      Http.Response added =
          post(
              "/mem0/v3/memories/add/",
              Map.of(
                  "user_id",
                  user,
                  "messages",
                  List.of(
                      Map.of("role", "user", "content", "I am allergic to peanuts."),
                      Map.of("role", "assistant", "content", "I will remember that."))));
      assertThat(added.status()).as(added.body()).isEqualTo(200);
      assertThat(added.text("status")).isEqualTo("PENDING");
      String eventId = added.text("event_id");
      assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(eventId + " task.succeeded");

      Http.Response event = http.get("/mem0/v1/event/" + eventId + "/", token(key));
      assertThat(event.status()).as(event.body()).isEqualTo(200);
      assertThat(event.text("status")).isEqualTo("SUCCEEDED");
      List<Map<String, Object>> results = (List<Map<String, Object>>) event.at("results");
      assertThat(results).isNotEmpty();
      assertThat(results).allSatisfy(r -> assertThat(r.get("user_id")).isEqualTo(user));
      assertThat(results.toString()).containsIgnoringCase("peanut");

      Http.Response foreign = http.get("/mem0/v1/event/" + eventId + "/", token(otherApp));
      assertThat(foreign.status()).isEqualTo(404);
    }
  }

  @Test
  void aSynchronousInferredAddAnswersTheExtractedMemoriesWithItsMetadata() {
    String user = unique("sync");
    Http.Response added =
        post(
            "/mem0/v1/memories/",
            Map.of(
                "user_id",
                user,
                "async_mode",
                false,
                "metadata",
                Map.of("source", "crm", "ticket", 7),
                "messages",
                List.of(
                    Map.of("role", "user", "content", "I am allergic to peanuts."),
                    Map.of("role", "user", "content", "My sister Ana lives in Lisbon."))));

    assertThat(added.status()).as(added.body()).isEqualTo(200);
    List<Map<String, Object>> results = added.list();
    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.get("event")).isEqualTo("ADD");
              assertThat(r.get("status")).isNull();
              assertThat(r.get("user_id")).isEqualTo(user);
              assertThat((Map<String, Object>) r.get("metadata"))
                  .containsEntry("source", "crm")
                  .containsEntry("ticket", 7);
            });
    String id = (String) results.get(0).get("id");
    Http.Response read = http.get("/mem0/v1/memories/" + id + "/", token(key));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.text("metadata.source")).isEqualTo("crm");
  }

  @Test
  void aV3AddHonoursAsyncModeFalseAndAnswersTheStoredMemoriesAsResults() {
    String user = unique("v3sync");
    Map<String, Object> body =
        Map.of(
            "user_id",
            user,
            "async_mode",
            false,
            "messages",
            List.of(Map.of("role", "user", "content", "I am allergic to shellfish.")));

    Http.Response added = post("/mem0/v3/memories/add/", body);

    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.at("status")).as("not queued: done").isNull();
    List<Map<String, Object>> results = (List<Map<String, Object>>) added.at("results");
    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.get("event")).isEqualTo("ADD");
              assertThat(r.get("user_id")).isEqualTo(user);
            });
    assertThat(http.get("/mem0/v1/memories/" + results.get(0).get("id") + "/", token(key)).status())
        .isEqualTo(200);
    // without async_mode, v3 answers at once as before
    Http.Response queued =
        post(
            "/mem0/v3/memories/add/",
            Map.of(
                "user_id",
                user,
                "messages",
                List.of(Map.of("role", "user", "content", "I live in Bergen."))));
    assertThat(queued.text("status")).isEqualTo("PENDING");
  }

  @Test
  void anInferredAddWithOperatorKeysInItsMetadataIsRefusedAndNothingIsQueued() {
    String user = unique("badmeta");
    int queued = tasks.count(appId);
    Http.Response refused =
        post(
            "/mem0/v1/memories/",
            Map.of(
                "user_id",
                user,
                "metadata",
                Map.of("$where", "1"),
                "messages",
                List.of(Map.of("role", "user", "content", "I like tea."))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("metadata");
    assertThat(tasks.count(appId)).isEqualTo(queued);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    String user = unique("bad");
    assertThat(http.get("/mem0/v1/ping/").status()).isEqualTo(401);
    Http.Response noUser =
        post("/mem0/v3/memories/", Map.of("filters", Map.of("agent_id", "travel")));
    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.body()).contains("filters.user_id");
    Http.Response orUsers =
        post(
            "/mem0/v3/memories/",
            Map.of(
                "filters", Map.of("OR", List.of(Map.of("user_id", user), Map.of("user_id", "x")))));
    assertThat(orUsers.status()).isEqualTo(400);
    Http.Response badOp =
        post(
            "/mem0/v3/memories/",
            Map.of("filters", Map.of("user_id", user, "agent_id", Map.of("regex", "a.*"))));
    assertThat(badOp.status()).isEqualTo(400);
    assertThat(badOp.body()).contains("filters.agent_id.regex");
    Http.Response badField =
        post("/mem0/v3/memories/", Map.of("filters", Map.of("user_id", user, "$where", "1")));
    assertThat(badField.status()).isEqualTo(400);
    Http.Response image =
        post(
            "/mem0/v1/memories/",
            Map.of(
                "user_id",
                user,
                "infer",
                false,
                "messages",
                List.of(Map.of("role", "user", "content", Map.of("type", "image_url")))));
    assertThat(image.status()).isEqualTo(400);
    assertThat(image.body()).contains("messages[0].content");
    Http.Response noMessages = post("/mem0/v3/memories/add/", Map.of("user_id", user));
    assertThat(noMessages.status()).isEqualTo(400);
    assertThat(noMessages.body()).contains("messages");
    Http.Response invalidJson = http.post("/mem0/v1/memories/", "{\"user_id\": ", token(key));
    assertThat(invalidJson.status()).isEqualTo(400);
    Http.Response readOnlyAdd =
        http.post(
            "/mem0/v1/memories/",
            http.toJson(Map.of("user_id", user, "infer", false, "messages", "Likes jazz")),
            token(readOnly));
    assertThat(readOnlyAdd.status()).isEqualTo(403);
    Http.Response feedback =
        post("/mem0/v1/feedback/", Map.of("memory_id", "mem_nope", "feedback", "GREAT"));
    assertThat(feedback.status()).isEqualTo(400);
    assertThat(feedback.body()).contains("feedback");
    Http.Response entities = http.get("/mem0/v1/entities/", token(key));
    assertThat(entities.status()).isEqualTo(403);
    // found by ./engram eval security: map bodies skipped the strict reader
    String good = http.toJson(Map.of("user_id", user, "infer", false, "messages", "Likes jazz"));
    Http.Response trailing = http.post("/mem0/v1/memories/", good + " }{", token(key));
    assertThat(trailing.status()).as(trailing.body()).isEqualTo(400);
    Http.Response nulKey =
        http.post("/mem0/v1/memories/", good.replace("\"infer\"", "\"in\\u0000fer\""), token(key));
    assertThat(nulKey.status()).as(nulKey.body()).isEqualTo(400);
    Http.Response surrogate =
        http.post("/mem0/v3/memories/", "{\"filters\":{\"user_id\":\"\\ud800\"}}", token(key));
    assertThat(surrogate.status()).as(surrogate.body()).isEqualTo(400);

    assertThat(http.get("/mem0/v1/memories/?user_id=" + user, token(key)).list()).isEmpty();
  }

  @Test
  void anotherAppsMemoryIsNotFoundAndStaysUntouched() {
    String user = unique("iso");
    String id = addAsIs(user, "a", "Owns a red bicycle");
    assertThat(http.get("/mem0/v1/memories/" + id + "/", token(otherApp)).status()).isEqualTo(404);
    assertThat(
            http.put(
                    "/mem0/v1/memories/" + id + "/",
                    http.toJson(Map.of("text", "Owns a blue bicycle")),
                    token(otherApp))
                .status())
        .isEqualTo(404);
    assertThat(http.delete("/mem0/v1/memories/" + id + "/", token(otherApp)).status())
        .isEqualTo(404);
    assertThat(http.get("/mem0/v1/memories/" + id + "/", token(key)).text("memory"))
        .isEqualTo("Owns a red bicycle");
  }
}
