package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenMemory API of seed 003 under /api/v1, over HTTP against the whole application. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class OpenMemoryApiIT extends ApiTestSupport {
  private String key;
  private String otherKey;
  private String adminKey;
  private String importKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("om-org"));
    String app = createApp(root, org, "openmemory");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    adminKey = createKeySecret(root, app, List.of("admin"));
    otherKey =
        createKeySecret(
            root, createApp(root, org, "other"), List.of("memories:read", "memories:write"));
    importKey = createKeySecret(root, createApp(root, org, "restored"), List.of("admin"));
  }

  private Http.Response post(String path, String json) {
    return http.post(path, json, Http.bearer(key));
  }

  private Http.Response post(String path, Map<String, Object> body) {
    return post(path, http.toJson(body));
  }

  private static Map<String, Object> memory(String agent, String caller, String content) {
    Map<String, Object> body = new HashMap<>();
    body.put("agent_id", agent);
    body.put("caller_id", caller);
    body.put("content", content);
    return body;
  }

  private static void assertInvalid(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.at("status")).isEqualTo("error");
    assertThat(response.at("error.code")).isEqualTo("INVALID_REQUEST");
    assertThat(response.at("error.details.field")).isEqualTo(field);
    assertThat(response.text("error.message")).contains(field);
    assertThat(response.text("error.request_id")).isNotBlank();
  }

  private long count(String agent, String caller, String withKey) {
    return ((Number)
            http.get(
                    "/api/v1/agents/" + agent + "/callers/" + caller + "/memories",
                    Http.bearer(withKey))
                .at("total_count"))
        .longValue();
  }

  @Test
  void agentProfilesAreCreatedReadWithMemoryCountAndExpire() {
    String caller = "+1555" + unique("p").substring(2, 10);
    // the seed's request, as sent
    Http.Response saved =
        post(
            "/api/v1/agents",
            """
            {
              "agent_id": "sales_agent_01",
              "caller_id": "%s",
              "profile_data": {
                "name": "Sales Assistant",
                "capabilities": ["order_tracking", "product_info"],
                "language": "en-US"
              },
              "ttl_hours": 24
            }
            """
                .formatted(caller));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.at("status")).isEqualTo("success");
    assertThat(saved.at("agent_id")).isEqualTo("sales_agent_01");
    assertThat(saved.at("caller_id")).isEqualTo(caller);
    assertThat(java.time.Instant.parse(saved.text("expires_at")))
        .isEqualTo(java.time.Instant.parse(saved.text("created_at")).plus(Duration.ofHours(24)));
    post("/api/v1/memories", memory("sales_agent_01", caller, "Customer ordered product XYZ-123"));
    post("/api/v1/memories", memory("other_agent", caller, "Customer likes tea"));

    Http.Response profile =
        http.get("/api/v1/agents/sales_agent_01/callers/" + caller, Http.bearer(key));

    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    assertThat(profile.at("profile_data.name")).isEqualTo("Sales Assistant");
    assertThat(profile.at("profile_data.capabilities"))
        .isEqualTo(List.of("order_tracking", "product_info"));
    assertThat(profile.at("memory_count")).isEqualTo(1);
    assertThat(profile.text("expires_at")).isEqualTo(saved.text("expires_at"));
    // the native API sees the same profile
    Http.Response nativeView =
        http.get("/v1/profiles/sales_agent_01/callers/" + caller, Http.bearer(key));
    assertThat(nativeView.status()).as(nativeView.body()).isEqualTo(200);
    assertThat(nativeView.at("profile_data.language")).isEqualTo("en-US");
    // another app's key sees nothing
    Http.Response foreign =
        http.get("/api/v1/agents/sales_agent_01/callers/" + caller, Http.bearer(otherKey));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.at("error.code")).isEqualTo("NOT_FOUND");

    clock.advance(Duration.ofHours(24).plusSeconds(1));
    Http.Response expired =
        http.get("/api/v1/agents/sales_agent_01/callers/" + caller, Http.bearer(key));
    assertThat(expired.status()).as(expired.body()).isEqualTo(404);
    assertThat(expired.at("status")).isEqualTo("error");
    assertThat(expired.at("error.code")).isEqualTo("NOT_FOUND");
  }

  @Test
  void anUpdatedProfileKeepsItsCreationTimeAndTakesTheNewTtl() {
    String caller = unique("upd");
    Map<String, Object> body = new HashMap<>();
    body.put("agent_id", "a1");
    body.put("caller_id", caller);
    body.put("profile_data", Map.of("tier", "gold"));
    Http.Response first = post("/api/v1/agents", body);
    clock.advance(Duration.ofHours(1));
    body.put("profile_data", Map.of("tier", "platinum"));
    body.put("ttl_hours", 1);
    Http.Response second = post("/api/v1/agents", body);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.text("created_at")).isEqualTo(first.text("created_at"));
    Http.Response read = http.get("/api/v1/agents/a1/callers/" + caller, Http.bearer(key));
    assertThat(read.at("profile_data.tier")).isEqualTo("platinum");
    // default TTL 24 hours on the first write, 1 hour on the second
    assertThat(java.time.Instant.parse(first.text("expires_at")))
        .isEqualTo(java.time.Instant.parse(first.text("created_at")).plus(Duration.ofHours(24)));
  }

  @Test
  void badProfilesAreRefusedNamingTheFieldAndNothingIsStored() {
    String caller = unique("bad");
    assertInvalid(post("/api/v1/agents", Map.of("agent_id", "a1")), "caller_id");
    assertInvalid(
        post("/api/v1/agents", Map.of("agent_id", "a1", "caller_id", caller, "ttl_hours", 0)),
        "ttl_hours");
    assertInvalid(
        post(
            "/api/v1/agents",
            "{\"agent_id\":\"a1\",\"caller_id\":\"" + caller + "\",\"ttl_hours\":\"x\"}"),
        "ttl_hours");
    assertInvalid(
        post("/api/v1/agents", Map.of("agent_id", "a1", "caller_id", caller, "nickname", "x")),
        "nickname");
    Http.Response notJson = post("/api/v1/agents", "{\"agent_id\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.at("error.code")).isEqualTo("INVALID_REQUEST");
    assertThat(notJson.at("error.details.reason")).isEqualTo("invalid_json");

    assertThat(http.get("/api/v1/agents/a1/callers/" + caller, Http.bearer(key)).status())
        .isEqualTo(404);
  }

  @Test
  void storingTheSeedsRequestMapsItsFieldsAndReportsNoDuplicate() {
    String caller = unique("seed");
    // the seed's request as sent, with a client embedding (accepted and ignored)
    Http.Response stored =
        post(
            "/api/v1/memories",
            """
            {
              "agent_id": "sales_agent_01",
              "caller_id": "%s",
              "content": "Customer prefers express shipping for all orders",
              "metadata": {
                "conversation_id": "conv_abc123",
                "timestamp": "2025-01-15T10:32:45Z",
                "importance": 8,
                "category": "preference",
                "tags": ["shipping", "preference"]
              },
              "embedding": [0.123, 0.456, 0.789],
              "importance": 8
            }
            """
                .formatted(caller));

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.at("status")).isEqualTo("success");
    assertThat(stored.text("memory_id")).startsWith("mem_");
    assertThat(stored.text("created_at")).isNotBlank();
    assertThat(stored.at("deduplication.is_duplicate")).isEqualTo(false);
    assertThat(stored.at("deduplication.similar_memories")).isEqualTo(List.of());
    // the native API shows the mapping: user, agent, importance, category, tags, provenance
    Http.Response memory = http.get("/v1/memories/" + stored.text("memory_id"), Http.bearer(key));
    assertThat(memory.at("user_id")).isEqualTo(caller);
    assertThat(memory.at("agent_id")).isEqualTo("sales_agent_01");
    assertThat(memory.at("importance")).isEqualTo(8);
    assertThat(memory.at("category")).isEqualTo("preference");
    assertThat(memory.at("tags")).isEqualTo(List.of("shipping", "preference"));
    assertThat(memory.at("metadata")).isEqualTo(Map.of("timestamp", "2025-01-15T10:32:45Z"));
    assertThat((List<Map<String, Object>>) memory.at("sources"))
        .singleElement()
        .satisfies(s -> assertThat(s.get("conversation_id")).isEqualTo("conv_abc123"));
  }

  @Test
  void aParaphraseIsReinforcedAndAContradictionSupersedes() {
    String caller = unique("dedup");
    String first =
        post("/api/v1/memories", memory("a1", caller, "User loves jazz music")).text("memory_id");

    Http.Response again =
        post("/api/v1/memories", memory("a1", caller, "The user enjoys jazz music"));

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.at("action")).isEqualTo("reinforced");
    assertThat(again.at("memory_id")).isEqualTo(first);
    assertThat(again.at("deduplication.is_duplicate")).isEqualTo(true);
    Map<String, Object> similar =
        ((List<Map<String, Object>>) again.at("deduplication.similar_memories")).get(0);
    assertThat(similar.get("memory_id")).isEqualTo(first);
    assertThat(similar.get("content")).isEqualTo("User loves jazz music");
    assertThat(similar.get("reinforcement_count")).isEqualTo(1);
    assertThat(((Number) similar.get("similarity")).doubleValue()).isBetween(0.5, 1.0);
    assertThat(count("a1", caller, key)).isEqualTo(1);

    String berlin =
        post("/api/v1/memories", memory("a1", caller, "User lives in Berlin")).text("memory_id");
    Http.Response moved =
        post("/api/v1/memories", memory("a1", caller, "User moved to Munich last spring"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    assertThat(moved.at("action")).isEqualTo("updated");
    assertThat(moved.text("memory_id")).isNotEqualTo(berlin);
    assertThat(moved.at("superseded_memory_id")).isEqualTo(berlin);
    assertThat(http.get("/v1/memories/" + berlin, Http.bearer(key)).at("status"))
        .isEqualTo("superseded");
  }

  @Test
  void badMemoriesAreRefusedNamingTheFieldAndNothingIsStored() {
    String caller = unique("badmem");
    Map<String, Object> noCaller = memory("a1", null, "text");
    noCaller.remove("caller_id");
    assertInvalid(post("/api/v1/memories", noCaller), "caller_id");
    Map<String, Object> noContent = memory("a1", caller, null);
    noContent.remove("content");
    assertInvalid(post("/api/v1/memories", noContent), "content");
    Map<String, Object> badImportance = memory("a1", caller, "text");
    badImportance.put("importance", 11);
    assertThat(post("/api/v1/memories", badImportance).status()).isEqualTo(400);
    Map<String, Object> badTags = memory("a1", caller, "text");
    badTags.put("metadata", Map.of("tags", "shipping"));
    assertInvalid(post("/api/v1/memories", badTags), "metadata.tags");
    Map<String, Object> badEmbedding = memory("a1", caller, "text");
    badEmbedding.put("embedding", "0.1,0.2");
    assertInvalid(post("/api/v1/memories", badEmbedding), "embedding");
    // a batch is checked whole before anything is stored
    Http.Response batch =
        post(
            "/api/v1/memories/batch",
            Map.of(
                "memories",
                List.of(
                    memory("a1", caller, "Customer ordered product XYZ-123"),
                    Map.of("agent_id", "a1", "caller_id", caller))));
    assertInvalid(batch, "memories[1].content");

    assertThat(count("a1", caller, key)).isZero();
  }

  @Test
  void batchesStoreInOrderWithOneResultEach() {
    String caller = unique("batch");
    Http.Response batch =
        post(
            "/api/v1/memories/batch",
            Map.of(
                "memories",
                List.of(
                    memory("a1", caller, "User's cat is named Milo"),
                    memory("a1", caller, "The user has a cat called Milo"),
                    memory("a1", caller, "Customer ordered product XYZ-123"))));

    assertThat(batch.status()).as(batch.body()).isEqualTo(201);
    List<Map<String, Object>> results = (List<Map<String, Object>>) batch.at("results");
    assertThat(results)
        .extracting(r -> r.get("action"))
        .containsExactly("created", "reinforced", "created");
    assertThat(results.get(1).get("memory_id")).isEqualTo(results.get(0).get("memory_id"));
    assertThat(batch.at("total_count")).isEqualTo(3);
    assertThat(count("a1", caller, key)).isEqualTo(2);
  }

  @Test
  void searchAppliesTheSeedsFiltersAndAnswersInItsShape() {
    String caller = unique("search");
    Map<String, Object> express =
        memory("sales_agent_01", caller, "Customer prefers express shipping for all orders");
    express.put("importance", 8);
    express.put(
        "metadata",
        Map.of(
            "category",
            "preference",
            "tags",
            List.of("shipping"),
            "conversation_id",
            "conv_abc123"));
    Map<String, Object> slow =
        memory("sales_agent_01", caller, "Customer complained about slow standard shipping");
    slow.put("importance", 5);
    slow.put("metadata", Map.of("category", "feedback"));
    Map<String, Object> otherAgent =
        memory("support_agent", caller, "Customer needs next-day delivery to Lisbon");
    otherAgent.put("importance", 9);
    otherAgent.put("metadata", Map.of("category", "preference"));
    post("/api/v1/memories", express);
    post("/api/v1/memories", slow);
    post("/api/v1/memories", otherAgent);
    post(
        "/api/v1/memories",
        memory("sales_agent_01", unique("someone-else"), "Customer prefers express shipping"));

    // the seed's request, as sent (its date range is in 2025: none of these memories is in it)
    String seedRequest =
        """
        {
          "agent_id": "sales_agent_01",
          "caller_id": "%s",
          "query": "What is the customer's shipping preference?",
          "filters": {
            "min_importance": 7,
            "categories": ["preference", "order"],
            "date_range": {
              "start": "%s",
              "end": "2099-01-15T23:59:59Z"
            }
          },
          "limit": 5,
          "min_relevance": 0.1
        }
        """;
    Http.Response found =
        post("/api/v1/memories/search", seedRequest.formatted(caller, "2025-01-01T00:00:00Z"));

    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.at("status")).isEqualTo("success");
    assertThat(found.at("query")).isEqualTo("What is the customer's shipping preference?");
    List<Map<String, Object>> memories = (List<Map<String, Object>>) found.at("memories");
    assertThat(memories)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.get("content"))
                  .isEqualTo("Customer prefers express shipping for all orders");
              assertThat(m.get("importance")).isEqualTo(8);
              assertThat(((Number) m.get("relevance_score")).doubleValue()).isBetween(0.1, 1.0);
              Map<String, Object> metadata = (Map<String, Object>) m.get("metadata");
              assertThat(metadata.get("category")).isEqualTo("preference");
              assertThat(metadata.get("tags")).isEqualTo(List.of("shipping"));
              assertThat(metadata.get("conversation_id")).isEqualTo("conv_abc123");
              assertThat(metadata.get("reinforcement_count")).isEqualTo(0);
              assertThat(m.get("memory_id").toString()).startsWith("mem_");
              assertThat(m.get("created_at")).isNotNull();
            });
    assertThat(found.at("total_count")).isEqualTo(1);
    assertThat(found.at("search_time_ms")).isInstanceOf(Number.class);
    // a date range that ends before the memories were made selects none
    Http.Response before =
        post(
            "/api/v1/memories/search",
            seedRequest
                .formatted(caller, "2025-01-01T00:00:00Z")
                .replace("2099-01-15", "2025-01-15"));
    assertThat((List<?>) before.at("memories")).isEmpty();
    // without agent_id: every agent of the caller; min_relevance 1 keeps nothing
    Http.Response allAgents =
        post(
            "/api/v1/memories/search",
            Map.of("caller_id", caller, "query", "express shipping", "limit", 10));
    assertThat((List<?>) allAgents.at("memories")).hasSize(3);
    Http.Response strict =
        post(
            "/api/v1/memories/search",
            Map.of("caller_id", caller, "query", "express shipping", "min_relevance", 1.0));
    assertThat((List<?>) strict.at("memories")).isEmpty();
    // another app's key finds nothing
    Http.Response foreign =
        http.post(
            "/api/v1/memories/search",
            http.toJson(Map.of("caller_id", caller, "query", "shipping")),
            Http.bearer(otherKey));
    assertThat((List<?>) foreign.at("memories")).isEmpty();
    // bad input
    assertInvalid(post("/api/v1/memories/search", Map.of("query", "x")), "caller_id");
    assertInvalid(post("/api/v1/memories/search", Map.of("caller_id", caller)), "query");
    assertInvalid(
        post(
            "/api/v1/memories/search",
            Map.of("caller_id", caller, "query", "x", "filters", Map.of("min_importance", 0))),
        "filters.min_importance");
    assertInvalid(
        post(
            "/api/v1/memories/search",
            Map.of("caller_id", caller, "query", "x", "min_relevance", 2)),
        "min_relevance");
    assertInvalid(
        post(
            "/api/v1/memories/search",
            Map.of(
                "caller_id",
                caller,
                "query",
                "x",
                "filters",
                Map.of("date_range", Map.of("start", "yesterday")))),
        "filters.date_range.start");
  }

  @Test
  void listingPagesAndSortsACallersMemoriesWithAnAgent() {
    String caller = unique("list");
    List<String> facts =
        List.of("User plays tennis on Sundays", "User owns a red bicycle", "User works as a nurse");
    for (int i = 1; i <= 3; i++) {
      Map<String, Object> m = memory("a1", caller, facts.get(i - 1));
      m.put("importance", i * 3);
      post("/api/v1/memories", m);
      clock.advance(Duration.ofSeconds(1));
    }
    post("/api/v1/memories", memory("a2", caller, "A fact for another agent"));

    Http.Response page =
        http.get(
            "/api/v1/agents/a1/callers/"
                + caller
                + "/memories?limit=2&offset=0&sort_by=importance&order=asc",
            Http.bearer(key));

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.at("total_count")).isEqualTo(3);
    assertThat(page.at("limit")).isEqualTo(2);
    assertThat(page.at("offset")).isEqualTo(0);
    assertThat((List<Map<String, Object>>) page.at("memories"))
        .extracting(m -> m.get("importance"))
        .containsExactly(3, 6);
    Http.Response defaults =
        http.get("/api/v1/agents/a1/callers/" + caller + "/memories", Http.bearer(key));
    assertThat(defaults.at("limit")).isEqualTo(50);
    assertThat((List<Map<String, Object>>) defaults.at("memories"))
        .extracting(m -> m.get("importance"))
        .containsExactly(9, 6, 3);
    assertInvalid(
        http.get(
            "/api/v1/agents/a1/callers/" + caller + "/memories?sort_by=size", Http.bearer(key)),
        "sort_by");
    assertInvalid(
        http.get("/api/v1/agents/a1/callers/" + caller + "/memories?order=up", Http.bearer(key)),
        "order");
    assertInvalid(
        http.get("/api/v1/agents/a1/callers/" + caller + "/memories?limit=x", Http.bearer(key)),
        "limit");
    assertThat(count("a1", caller, otherKey)).isZero();
  }

  @Test
  void deletingAMemoryReportsWhenAndHidesIt() {
    String caller = unique("del");
    String id =
        post("/api/v1/memories", memory("a1", caller, "Customer ordered product XYZ-123"))
            .text("memory_id");

    Http.Response foreign = http.delete("/api/v1/memories/" + id, Http.bearer(otherKey));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.at("error.code")).isEqualTo("NOT_FOUND");
    Http.Response deleted = http.delete("/api/v1/memories/" + id, Http.bearer(key));

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.at("status")).isEqualTo("success");
    assertThat(deleted.at("memory_id")).isEqualTo(id);
    assertThat(deleted.text("deleted_at")).isNotBlank();
    assertThat(count("a1", caller, key)).isZero();
    assertThat(http.delete("/api/v1/memories/mem_doesnotexist1", Http.bearer(key)).at("error.code"))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void exportThenImportRestoresMemoriesAndProfilesOnce() {
    String caller = unique("export");
    Map<String, Object> m = memory("a1", caller, "Customer prefers aisle seats");
    m.put(
        "metadata",
        Map.of(
            "category",
            "preference",
            "tags",
            List.of("travel"),
            "conversation_id",
            "conv_1",
            "channel",
            "phone"));
    m.put("importance", 7);
    post("/api/v1/memories", m);
    post(
        "/api/v1/agents",
        Map.of("agent_id", "a1", "caller_id", caller, "profile_data", Map.of("name", "Travel")));

    assertThat(http.get("/api/v1/export", Http.bearer(key)).status()).isEqualTo(403);
    Http.Response exported = http.get("/api/v1/export", Http.bearer(adminKey));
    assertThat(exported.status()).as(exported.body()).isEqualTo(200);
    assertThat(exported.at("status")).isEqualTo("success");
    List<Map<String, Object>> memories = (List<Map<String, Object>>) exported.at("memories");
    assertThat(memories).anySatisfy(e -> assertThat(e.get("caller_id")).isEqualTo(caller));

    Http.Response imported = http.post("/api/v1/import", exported.body(), Http.bearer(importKey));
    Http.Response again = http.post("/api/v1/import", exported.body(), Http.bearer(importKey));

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.at("imported")).isEqualTo(memories.size());
    assertThat(again.at("imported")).isEqualTo(0);
    assertThat(again.at("skipped")).isEqualTo(memories.size());
    assertThat(count("a1", caller, importKey)).isEqualTo(1);
    Map<String, Object> restored =
        ((List<Map<String, Object>>)
                http.get(
                        "/api/v1/agents/a1/callers/" + caller + "/memories", Http.bearer(importKey))
                    .at("memories"))
            .get(0);
    assertThat(restored.get("importance")).isEqualTo(7);
    assertThat((Map<String, Object>) restored.get("metadata"))
        .containsEntry("channel", "phone")
        .containsEntry("category", "preference")
        .containsEntry("conversation_id", "conv_1")
        .containsEntry("tags", List.of("travel"));
    assertThat(
            http.get("/api/v1/agents/a1/callers/" + caller, Http.bearer(importKey))
                .at("profile_data.name"))
        .isEqualTo("Travel");
    assertInvalid(
        http.post(
            "/api/v1/import",
            http.toJson(Map.of("memories", List.of(Map.of("content", "x")))),
            Http.bearer(importKey)),
        "memories[0].caller_id");
  }

  @Test
  void healthIsOpenAndTheRestTakesAKeyInTheEnvelope() {
    Http.Response health = http.get("/api/v1/health");
    assertThat(health.status()).as(health.body()).isEqualTo(200);
    assertThat(health.at("status")).isEqualTo("healthy");
    assertThat(health.at("database")).isEqualTo("connected");
    assertThat(health.at("version")).isNotNull();
    assertThat(health.at("uptime_seconds")).isInstanceOf(Number.class);

    Http.Response missing = http.post("/api/v1/memories/search", "{}");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.at("status")).isEqualTo("error");
    assertThat(missing.at("error.code")).isEqualTo("UNAUTHORIZED");
    Http.Response wrong = http.get("/api/v1/agents/a/callers/b", Http.bearer("eng_notakey"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.at("error.code")).isEqualTo("UNAUTHORIZED");
    // the native health stays as it is
    assertThat(http.get("/health").at("status")).isEqualTo("UP");
  }
}
