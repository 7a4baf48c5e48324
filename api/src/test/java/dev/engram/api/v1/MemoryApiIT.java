package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.expiry.ExpiryPurger;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The native memory API over real HTTP, on the embedded defaults (H2, Lucene, MiniLM). */
@MicronautTest(transactional = false)
class MemoryApiIT extends ApiTestSupport {
  @Inject ExpiryPurger purger;

  private String orgId;
  private String appA;
  private String writerA;
  private String readerA;
  private String adminA;
  private String writerB;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    orgId = createOrg(root, unique("mem-org"));
    appA = createApp(root, orgId, "app-a");
    String appB = createApp(root, orgId, "app-b");
    writerA = createKeySecret(root, appA, List.of("memories:read", "memories:write"));
    readerA = createKeySecret(root, appA, List.of("memories:read"));
    adminA = createKeySecret(root, appA, List.of("admin"));
    writerB = createKeySecret(root, appB, List.of("memories:read", "memories:write"));
  }

  private String add(String key, Map<String, Object> body) {
    Http.Response response = http.post("/v1/memories", http.toJson(body), Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) response.at("ids");
    return ids.get(0);
  }

  private Http.Response search(String key, Map<String, Object> body) {
    return http.post("/v1/memories/search", http.toJson(body), Http.bearer(key));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return (List<Map<String, Object>>) response.at("results");
  }

  @SuppressWarnings("unchecked")
  private static List<String> contents(Http.Response response) {
    return results(response).stream()
        .map(r -> (String) ((Map<String, Object>) r.get("memory")).get("content"))
        .toList();
  }

  @Test
  void storesReadsAndFindsAMemory() {
    String user = unique("alice");
    String id =
        add(
            writerA,
            Map.of(
                "user_id",
                user,
                "content",
                "Alice prefers express shipping for gifts",
                "category",
                "shopping",
                "tags",
                List.of("shipping"),
                "importance",
                7,
                "metadata",
                Map.of("channel", "chat")));

    Http.Response got = http.get("/v1/memories/" + id, Http.bearer(readerA));
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.text("content")).isEqualTo("Alice prefers express shipping for gifts");
    assertThat(got.text("user_id")).isEqualTo(user);
    assertThat(got.text("status")).isEqualTo("active");
    assertThat(got.text("embedding_model")).isNotBlank();

    Http.Response found =
        search(readerA, Map.of("query", "how should we ship presents?", "user_id", user));
    List<Map<String, Object>> hits = results(found);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0)).containsKeys("relevance", "composite_score", "components");
    assertThat(found.at("search_time_ms")).isNotNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) hits.get(0).get("components");
    assertThat(components)
        .containsKeys("similarity", "recency_boost", "importance_boost", "reinforcement_boost");
  }

  @Test
  void batchAddsWithSharedDefaults() {
    String user = unique("bob");
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of(
                    "user_id",
                    user,
                    "session_id",
                    "s1",
                    "memories",
                    List.of(
                        Map.of("content", "Bob works night shifts at the hospital"),
                        Map.of("content", "Bob's cat is called Biscuit", "type", "episodic"),
                        Map.of("content", "Bob is learning Spanish", "user_id", user)))),
            Http.bearer(writerA));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat((List<?>) response.at("ids")).hasSize(3);

    Http.Response page =
        http.get("/v1/memories?user_id=" + user + "&session_id=s1", Http.bearer(readerA));
    assertThat(page.at("total")).isEqualTo(3);
    Http.Response episodic =
        http.get("/v1/memories?user_id=" + user + "&types=episodic", Http.bearer(readerA));
    assertThat(episodic.at("total")).isEqualTo(1);
  }

  @Test
  void batchOverTheLimitStoresNothing() {
    String user = unique("bulk");
    List<Map<String, Object>> items =
        java.util.stream.IntStream.range(0, 1001)
            .mapToObj(i -> Map.<String, Object>of("content", "fact " + i))
            .toList();
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "memories", items)),
            Http.bearer(writerA));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo("batch_too_large");
    assertThat(http.get("/v1/memories?user_id=" + user, Http.bearer(readerA)).at("total"))
        .isEqualTo(0);
  }

  @Test
  void usersAreIsolated() {
    String carol = unique("carol");
    String dave = unique("dave");
    add(writerA, Map.of("user_id", carol, "content", "Carol is allergic to peanuts"));
    add(writerA, Map.of("user_id", dave, "content", "Dave is allergic to shellfish"));

    assertThat(contents(search(readerA, Map.of("query", "allergies", "user_id", carol))))
        .containsExactly("Carol is allergic to peanuts");
    assertThat(http.get("/v1/memories?user_id=" + dave, Http.bearer(readerA)).body())
        .doesNotContain("Carol");

    Http.Response noUser = search(readerA, Map.of("query", "allergies"));
    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.text("error.code")).isEqualTo("user_id_required");
    assertThat(
            contents(search(adminA, Map.of("query", "allergic to peanuts shellfish", "limit", 50))))
        .contains("Carol is allergic to peanuts", "Dave is allergic to shellfish");
  }

  @Test
  void appsAreIsolated() {
    String user = unique("erin");
    String id = add(writerA, Map.of("user_id", user, "content", "Erin lives in Lisbon"));

    Http.Response other = http.get("/v1/memories/" + id, Http.bearer(writerB));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("Lisbon");
    assertThat(results(search(writerB, Map.of("query", "Where does Erin live?", "user_id", user))))
        .isEmpty();
    assertThat(
            http.patch("/v1/memories/" + id, "{\"content\":\"hijacked\"}", Http.bearer(writerB))
                .status())
        .isEqualTo(404);
    assertThat(http.delete("/v1/memories/" + id, Http.bearer(writerB)).status()).isEqualTo(404);
    assertThat(http.get("/v1/memories/" + id, Http.bearer(readerA)).text("content"))
        .isEqualTo("Erin lives in Lisbon");
  }

  private Http.Response drinks(String user, Map<String, Object> filters) {
    return search(readerA, Map.of("query", "drinks", "user_id", user, "filters", filters));
  }

  @Test
  void filtersNarrowSearch() {
    String user = unique("frank");
    add(
        writerA,
        Map.of(
            "user_id",
            user,
            "content",
            "Frank drinks green tea",
            "tags",
            List.of("drinks"),
            "importance",
            3));
    add(
        writerA,
        Map.of(
            "user_id",
            user,
            "content",
            "Frank drinks espresso at work",
            "tags",
            List.of("work"),
            "importance",
            9,
            "metadata",
            Map.of("source", "crm", "score", 2)));

    assertThat(contents(drinks(user, Map.of("tags", List.of("work")))))
        .containsExactly("Frank drinks espresso at work");
    assertThat(contents(drinks(user, Map.of("min_importance", 5))))
        .containsExactly("Frank drinks espresso at work");
    assertThat(contents(drinks(user, Map.of("metadata", Map.of("score", 2.0)))))
        .containsExactly("Frank drinks espresso at work");
    assertThat(
            results(
                drinks(
                    user,
                    Map.of(
                        "date_range",
                        Map.of("start", "2000-01-01T00:00:00Z", "end", "2001-01-01T00:00:00Z")))))
        .isEmpty();
    assertThat(
            http.get("/v1/memories?user_id=" + user + "&metadata.source=crm", Http.bearer(readerA))
                .at("total"))
        .isEqualTo(1);
  }

  @Test
  void badInputIsRefusedAndStoresNothing() {
    String user = unique("mallory");
    Http.Response operator =
        search(
            readerA,
            Map.of(
                "query",
                "x",
                "user_id",
                user,
                "filters",
                Map.of("metadata", Map.of("a", Map.of("$ne", 1)))));
    assertThat(operator.status()).isEqualTo(400);
    assertThat(operator.text("error.code")).isEqualTo("invalid_filter");

    Http.Response operatorKey =
        search(
            readerA,
            Map.of(
                "query",
                "x",
                "user_id",
                user,
                "filters",
                Map.of("metadata", Map.of("$where", "1"))));
    assertThat(operatorKey.status()).isEqualTo(400);

    Http.Response unknownFilter =
        search(readerA, Map.of("query", "x", "user_id", user, "filters", Map.of("colour", "red")));
    assertThat(unknownFilter.status()).isEqualTo(400);
    assertThat(unknownFilter.text("error.field")).isEqualTo("filters.colour");

    Http.Response tooMany = search(readerA, Map.of("query", "x", "user_id", user, "limit", 1001));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.text("error.field")).isEqualTo("limit");

    Http.Response badKey =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of(
                    "user_id", user, "content", "x", "metadata", Map.of("$set", Map.of("a", 1)))),
            Http.bearer(writerA));
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.text("error.field")).isEqualTo("metadata");

    Http.Response tooLong =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", "x".repeat(8001))),
            Http.bearer(writerA));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.text("error.code")).isEqualTo("content_too_long");

    Http.Response badType =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", "x", "type", "dream")),
            Http.bearer(writerA));
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.text("error.field")).isEqualTo("type");

    Http.Response unknownParam =
        http.get("/v1/memories?user_id=" + user + "&colour=red", Http.bearer(readerA));
    assertThat(unknownParam.status()).isEqualTo(400);
    assertThat(unknownParam.text("error.code")).isEqualTo("unknown_filter");

    assertThat(http.get("/v1/memories?user_id=" + user, Http.bearer(readerA)).at("total"))
        .isEqualTo(0);
  }

  @Test
  void readOnlyKeyCannotWrite() {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "u", "content", "x")),
            Http.bearer(readerA));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.text("error.code")).isEqualTo("insufficient_scope");
  }

  @Test
  void updatesKeepHistoryAndCheckVersions() {
    String user = unique("gina");
    String id = add(writerA, Map.of("user_id", user, "content", "Gina lives in Berlin"));

    Http.Response updated =
        http.patch(
            "/v1/memories/" + id, "{\"content\":\"Gina lives in Rome\"}", Http.bearer(writerA));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.at("version")).isEqualTo(2);
    Http.Response stale =
        http.patch(
            "/v1/memories/" + id,
            "{\"importance\":9,\"expected_version\":1}",
            Http.bearer(writerA));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.text("error.code")).isEqualTo("version_conflict");

    List<Map<String, Object>> events =
        http.get("/v1/memories/" + id + "/events", Http.bearer(readerA)).list();
    assertThat(events).extracting(e -> e.get("type")).containsExactly("ADD", "UPDATE");
    assertThat(contents(search(readerA, Map.of("query", "Where does Gina live?", "user_id", user))))
        .containsExactly("Gina lives in Rome");
  }

  @Test
  void deletedMemoriesLeaveSearchButKeepHistory() {
    String user = unique("hank");
    String id = add(writerA, Map.of("user_id", user, "content", "Hank owns a red bicycle"));

    assertThat(http.delete("/v1/memories/" + id, Http.bearer(writerA)).text("status"))
        .isEqualTo("deleted");

    assertThat(results(search(readerA, Map.of("query", "bicycle", "user_id", user)))).isEmpty();
    assertThat(http.get("/v1/memories/" + id + "/events", Http.bearer(readerA)).list())
        .extracting(e -> e.get("type"))
        .containsExactly("ADD", "DELETE");
    assertThat(
            http.get("/v1/memories?user_id=" + user + "&statuses=deleted", Http.bearer(readerA))
                .at("total"))
        .isEqualTo(1);
  }

  @Test
  void erasingAUserRemovesEverything() {
    String user = unique("ivy");
    String other = unique("jack");
    String id = add(writerA, Map.of("user_id", user, "content", "Ivy plays the piano"));
    add(writerA, Map.of("user_id", other, "content", "Jack plays the piano"));

    Http.Response erased = http.delete("/v1/memories?user_id=" + user, Http.bearer(writerA));
    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.at("deleted")).isEqualTo(1);
    assertThat(http.get("/v1/memories/" + id, Http.bearer(readerA)).status()).isEqualTo(404);
    assertThat(results(search(readerA, Map.of("query", "piano", "user_id", user)))).isEmpty();
    assertThat(results(search(readerA, Map.of("query", "piano", "user_id", other)))).hasSize(1);
  }

  @Test
  void relationsLinkMemoriesOfOneUser() {
    String user = unique("kate");
    String a = add(writerA, Map.of("user_id", user, "content", "Kate adopted a dog"));
    String b = add(writerA, Map.of("user_id", user, "content", "Kate's dog is named Luna"));
    String stranger = add(writerA, Map.of("user_id", unique("leo"), "content", "Leo has a cat"));

    Http.Response related =
        http.post(
            "/v1/memories/" + a + "/relations",
            "{\"target_id\":\"" + b + "\",\"type\":\"related_to\"}",
            Http.bearer(writerA));
    assertThat(related.status()).as(related.body()).isEqualTo(201);
    assertThat(http.get("/v1/memories/" + b + "/related", Http.bearer(readerA)).list())
        .extracting(r -> r.get("direction"))
        .containsExactly("incoming");
    Http.Response cross =
        http.post(
            "/v1/memories/" + a + "/relations",
            "{\"target_id\":\"" + stranger + "\",\"type\":\"related_to\"}",
            Http.bearer(writerA));
    assertThat(cross.status()).isEqualTo(400);
  }

  @Test
  void expiredMemoriesDisappearAndArePurged() {
    String user = unique("mia");
    String id =
        add(
            writerA,
            Map.of(
                "user_id", user, "content", "Mia is in a meeting until noon", "ttl_seconds", 60));
    assertThat(http.get("/v1/memories/" + id, Http.bearer(readerA)).status()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(2));

    assertThat(http.get("/v1/memories/" + id, Http.bearer(readerA)).status()).isEqualTo(404);
    assertThat(results(search(readerA, Map.of("query", "meeting", "user_id", user)))).isEmpty();
    assertThat(purger.purge(appA)).isGreaterThanOrEqualTo(1);
    assertThat(
            http.get(
                    "/v1/memories?user_id=" + user + "&statuses=active,deleted,superseded",
                    Http.bearer(readerA))
                .at("total"))
        .isEqualTo(0);
  }

  @Test
  void exportAndImportRoundTripIdempotently() {
    String root = adminToken();
    String source = createApp(root, orgId, unique("export-src"));
    String target = createApp(root, orgId, unique("export-dst"));
    String sourceKey = createKeySecret(root, source, List.of("admin"));
    String targetKey = createKeySecret(root, target, List.of("admin"));
    String user = unique("nora");
    add(sourceKey, Map.of("user_id", user, "content", "Nora runs marathons"));
    add(sourceKey, Map.of("user_id", user, "content", "Nora lives in Nairobi"));

    Http.Response exported = http.get("/v1/export", Http.bearer(sourceKey));
    assertThat(exported.status()).isEqualTo(200);
    String ndjson = exported.body();
    assertThat(ndjson.lines()).hasSize(2);

    Http.Response first = importNdjson(targetKey, ndjson);
    assertThat(first.at("imported")).isEqualTo(2);
    Http.Response again = importNdjson(targetKey, ndjson);
    assertThat(again.at("imported")).isEqualTo(0);
    assertThat(again.at("skipped")).isEqualTo(2);
    assertThat(
            contents(
                search(
                    targetKey,
                    Map.of("query", "Where does Nora live?", "user_id", user, "limit", 1))))
        .containsExactly("Nora lives in Nairobi");
  }

  private Http.Response importNdjson(String key, String body) {
    return http.send(
        java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/v1/import"))
            .header("Content-Type", "application/x-ndjson")
            .header("Authorization", "Bearer " + key)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void searchIsMeasured() {
    String user = unique("olga");
    add(writerA, Map.of("user_id", user, "content", "Olga likes chess"));
    search(readerA, Map.of("query", "chess", "user_id", user));
    assertThat(http.get("/prometheus", operator()).body())
        .contains("memory_search_duration")
        .contains("memory_operation_duration");
  }
}
