package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The short calls OpenMemory clients make: /memory/store, /memory/search, /memory/reinforce. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class OpenMemoryShortCallsIT extends ApiTestSupport {
  private String key;
  private String otherKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("short-org"));
    key =
        createKeySecret(
            root, createApp(root, org, "short"), List.of("memories:read", "memories:write"));
    otherKey =
        createKeySecret(
            root, createApp(root, org, "other"), List.of("memories:read", "memories:write"));
  }

  private Http.Response post(String path, Object body) {
    return http.post(path, http.toJson(body), Http.bearer(key));
  }

  private List<Map<String, Object>> memories(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return (List<Map<String, Object>>) response.at("memories");
  }

  @Test
  void agentProfilesStoredAsMemoriesAreFoundByTheirMetadataFilter() {
    String user = unique("agent-store");
    Http.Response profile =
        post(
            "/memory/store",
            Map.of(
                "user_id",
                user,
                "content",
                "{\"agent_id\": \"agent_7\", \"name\": \"Support\", \"voice\": \"calm\"}",
                "metadata",
                Map.of("type", "agent_profile", "agent_id", "agent_7")));
    Http.Response second =
        post(
            "/memory/store",
            Map.of(
                "user_id",
                user,
                "content",
                "{\"agent_id\": \"agent_8\", \"name\": \"Sales\", \"voice\": \"bright\"}",
                "metadata",
                Map.of("type", "agent_profile", "agent_id", "agent_8")));
    post(
        "/memory/store",
        Map.of(
            "user_id",
            user,
            "content",
            "Caller prefers email follow-ups",
            "metadata",
            Map.of("type", "preference", "agent_id", "agent_7")));

    assertThat(profile.status()).as(profile.body()).isEqualTo(201);
    assertThat(profile.text("memory_id")).startsWith("mem_").isEqualTo(profile.text("id"));
    List<Map<String, Object>> profiles =
        memories(
            post(
                "/memory/search",
                Map.of(
                    "user_id",
                    user,
                    "limit",
                    10,
                    "filter",
                    Map.of("metadata.type", "agent_profile"))));
    assertThat(profiles)
        .extracting(m -> m.get("id"))
        .containsExactly(second.text("memory_id"), profile.text("memory_id"));
    assertThat(profiles.get(0).get("metadata"))
        .isEqualTo(Map.of("type", "agent_profile", "agent_id", "agent_8"));
    assertThat(profiles.get(0)).containsKeys("memory_id", "content", "score", "created_at");
    List<Map<String, Object>> ofAgent =
        memories(
            post(
                "/memory/search",
                Map.of(
                    "user_id",
                    user,
                    "limit",
                    10,
                    "filter",
                    Map.of("metadata.type", "agent_profile", "metadata.agent_id", "agent_7"))));
    assertThat(ofAgent).extracting(m -> m.get("id")).containsExactly(profile.text("memory_id"));
    // with a query: by relevance, filtered the same way
    List<Map<String, Object>> byQuery =
        memories(
            post(
                "/memory/search",
                Map.of(
                    "user_id",
                    user,
                    "query",
                    "email follow-ups",
                    "limit",
                    5,
                    "filter",
                    Map.of("metadata.agent_id", "agent_7"))));
    assertThat(byQuery.get(0).get("content")).isEqualTo("Caller prefers email follow-ups");
    assertThat(((Number) byQuery.get(0).get("score")).doubleValue()).isPositive();
    // another app sees nothing
    Http.Response foreign =
        http.post(
            "/memory/search",
            http.toJson(Map.of("user_id", user, "limit", 10)),
            Http.bearer(otherKey));
    assertThat(memories(foreign)).isEmpty();
  }

  @Test
  void reinforcingRaisesTheCountWithoutABody() {
    String user = unique("reinforce");
    String id =
        post("/memory/store", Map.of("user_id", user, "content", "Caller's dog is called Rex"))
            .text("memory_id");

    Http.Response first = http.post("/memory/reinforce/" + id, "", Http.bearer(key));
    Http.Response second = http.post("/memory/reinforce/" + id, "", Http.bearer(key));

    assertThat(first.status()).as(first.body()).isBetween(200, 299);
    assertThat(second.at("reinforcement_count")).isEqualTo(2);
    assertThat(http.get("/v1/memories/" + id, Http.bearer(key)).at("reinforcement_count"))
        .isEqualTo(2);
    assertThat(http.post("/memory/reinforce/" + id, "", Http.bearer(otherKey)).status())
        .isEqualTo(404);
  }

  @Test
  void badCallsAreRefusedInTheEnvelopeAndStoreNothing() {
    String user = unique("bad");
    Http.Response noUser = post("/memory/store", Map.of("content", "x"));
    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.at("error.code")).isEqualTo("INVALID_REQUEST");
    assertThat(noUser.at("error.details.field")).isEqualTo("user_id");
    for (Map<String, Object> filter :
        List.of(
            Map.<String, Object>of("user_id", "someone-else"),
            Map.<String, Object>of("metadata.type", Map.of("$ne", "x")),
            Map.<String, Object>of("metadata.a.b", "x"),
            Map.<String, Object>of("metadata.$where", "x"))) {
      Http.Response refused = post("/memory/search", Map.of("user_id", user, "filter", filter));
      assertThat(refused.status()).as(filter.toString()).isEqualTo(400);
      assertThat(refused.at("error.details.reason")).isEqualTo("invalid_filter");
      assertThat(refused.text("error.details.field")).startsWith("filter.");
    }
    assertThat(post("/memory/search", Map.of("query", "x")).at("error.details.field"))
        .isEqualTo("user_id");
    assertThat(memories(post("/memory/search", Map.of("user_id", user)))).isEmpty();
    assertThat(http.post("/memory/store", "{}").status()).isEqualTo(401);
    // mem0 clients send their key as 'Authorization: Token …': accepted as well
    Http.Response token =
        http.post(
            "/memory/search",
            http.toJson(Map.of("user_id", user)),
            "Authorization",
            "Token " + key);
    assertThat(token.status()).as(token.body()).isEqualTo(200);
  }
}
