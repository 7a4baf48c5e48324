package dev.engram.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.SearchRecorder;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 000 over HTTP: tool sessions, tool configuration, live metrics and comparisons. */
@MicronautTest(transactional = false)
class ToolsApiIT extends ApiTestSupport {
  @Inject SearchRecorder searches;
  private String key;
  private String otherKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("tools-org"));
    key =
        createKeySecret(
            root,
            createApp(root, org, "tools"),
            List.of("memories:read", "memories:write", "analytics:read", "analytics:write"));
    otherKey =
        createKeySecret(
            root, createApp(root, org, "other"), List.of("analytics:read", "analytics:write"));
    for (String tool : List.of("claude-code", "cursor")) {
      Http.Response r =
          http.post(
              "/v1/learning/events",
              http.toJson(
                  Map.of(
                      "event_type",
                      "feedback",
                      "domain",
                      "coding",
                      "agent_id",
                      tool,
                      "feedback",
                      Map.of("correct", tool.equals("cursor")))),
              Http.bearer(key));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
  }

  @Test
  void aBodyWithTextAfterItsJsonIsRefusedAndChangesNothing() {
    // found by ./engram eval security: the text after the first JSON value was ignored
    Http.Response start =
        http.post("/v1/tool-sessions/start", "{\"tool_id\":\"trailing\"} }{", Http.bearer(key));
    Http.Response config =
        http.put("/v1/tools/trailing/config", "{\"config\":{\"a\":1}} x", Http.bearer(key));

    assertThat(start.status()).as(start.body()).isEqualTo(400);
    assertThat(start.text("error.code")).isEqualTo("invalid_json");
    assertThat(config.status()).as(config.body()).isEqualTo(400);
    assertThat(config.text("error.code")).isEqualTo("invalid_json");
    assertThat(http.get("/v1/tool-sessions/active", Http.bearer(key)).body())
        .doesNotContain("trailing");
    assertThat(http.get("/v1/tools/trailing/config", Http.bearer(key)).status()).isEqualTo(404);
  }

  @Test
  void sessionsStartListShowAndEnd() {
    Http.Response started =
        http.post(
            "/v1/tool-sessions/start",
            http.toJson(Map.of("tool_id", "claude-code", "metadata", Map.of("repo", "engram"))),
            Http.bearer(key));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String id = started.text("session_id");
    assertThat(started.text("status")).isEqualTo("active");

    Http.Response active = http.get("/v1/tool-sessions/active", Http.bearer(key));
    assertThat((List<Map<String, Object>>) active.at("sessions"))
        .anySatisfy(s -> assertThat(s.get("session_id")).isEqualTo(id));
    Http.Response one = http.get("/v1/tool-sessions/" + id, Http.bearer(key));
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.map()).containsKeys("activity", "duration_s");

    Http.Response foreign = http.get("/v1/tool-sessions/" + id, Http.bearer(otherKey));
    assertThat(foreign.status()).isEqualTo(404);
    Http.Response foreignEnd =
        http.post("/v1/tool-sessions/" + id + "/end", "", Http.bearer(otherKey));
    assertThat(foreignEnd.status()).isEqualTo(404);

    Http.Response ended = http.post("/v1/tool-sessions/" + id + "/end", "", Http.bearer(key));
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.text("status")).isEqualTo("ended");
    Http.Response again = http.post("/v1/tool-sessions/" + id + "/end", "", Http.bearer(key));
    assertThat(again.status()).isEqualTo(409);

    Http.Response missing = http.post("/v1/tool-sessions/start", "{}", Http.bearer(key));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text("error.field")).isEqualTo("tool_id");
  }

  @Test
  void configIsVersionedAndOnlyForToolsOfTheApp() {
    Http.Response put =
        http.put(
            "/v1/tools/cursor/config",
            http.toJson(Map.of("config", Map.of("max_tokens", 4000))),
            Http.bearer(key));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.at("version")).isEqualTo(1);
    Http.Response get = http.get("/v1/tools/cursor/config", Http.bearer(key));
    assertThat(get.at("config")).isEqualTo(Map.of("max_tokens", 4000));

    Http.Response foreign = http.get("/v1/tools/cursor/config", Http.bearer(otherKey));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.text("error.field")).isEqualTo("tool_id");
    Http.Response foreignPut =
        http.put(
            "/v1/tools/cursor/config",
            http.toJson(Map.of("config", Map.of("x", 1))),
            Http.bearer(otherKey));
    assertThat(foreignPut.status()).isEqualTo(404);
    Http.Response bad = http.put("/v1/tools/cursor/config", "{\"x\":1}", Http.bearer(key));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("error.field")).isEqualTo("config");
  }

  @Test
  void metricsCurrentHistoryAggregatesToolAndCompare() {
    assertThat(http.get("/v1/metrics/current", Http.bearer(key)).map())
        .containsKeys("events_this_hour", "active_sessions");
    Http.Response history = http.get("/v1/metrics/history?hours=6", Http.bearer(key));
    assertThat((List<?>) history.at("points")).hasSize(6);
    Http.Response aggregates = http.get("/v1/metrics/aggregates?hours=24", Http.bearer(key));
    assertThat(((Number) aggregates.at("events")).longValue()).isGreaterThanOrEqualTo(2);
    Http.Response tool = http.get("/v1/metrics/tool/cursor?hours=24", Http.bearer(key));
    assertThat(tool.status()).as(tool.body()).isEqualTo(200);
    assertThat(tool.at("accuracy")).isEqualTo(1.0);
    Http.Response compare =
        http.get("/v1/metrics/compare?tool_ids=cursor&tool_ids=claude-code", Http.bearer(key));
    assertThat(compare.status()).as(compare.body()).isEqualTo(200);
    assertThat(compare.text("tools.claude-code.accuracy")).isEqualTo("0.0");

    Http.Response unknown =
        http.get("/v1/metrics/compare?tool_ids=cursor&tool_ids=nobody", Http.bearer(key));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("error.field")).isEqualTo("tool_id");
    Http.Response hours = http.get("/v1/metrics/history?hours=100000", Http.bearer(key));
    assertThat(hours.status()).isEqualTo(400);
    assertThat(hours.text("error.field")).isEqualTo("hours");
  }

  private Http.Response searchAs(String apiKey, String tool) {
    return http.post(
        "/v1/memories/search",
        http.toJson(Map.of("user_id", "tool-user", "query", "tabs or spaces")),
        "Authorization",
        "Bearer " + apiKey,
        "X-Engram-Tool",
        tool);
  }

  @Test
  void aSearchCarryingXEngramToolIsCountedForThatTool() {
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "tool-user", "content", "The user indents with tabs")),
            Http.bearer(key));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long before =
        ((Number) http.get("/v1/metrics/tool/cursor", Http.bearer(key)).at("searches")).longValue();

    Http.Response found = searchAs(key, "cursor");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(searchAs(key, "cursor").status()).isEqualTo(200);
    searches.flush();

    Http.Response metrics = http.get("/v1/metrics/tool/cursor", Http.bearer(key));
    assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
    assertThat(((Number) metrics.at("searches")).longValue()).isEqualTo(before + 2);
    assertThat(((Number) metrics.at("search_hits")).longValue()).isGreaterThanOrEqualTo(2);
    // a search without the header is not the tool's
    assertThat(
            http.post(
                    "/v1/memories/search",
                    http.toJson(Map.of("user_id", "tool-user", "query", "tabs")),
                    Http.bearer(key))
                .status())
        .isEqualTo(200);
    searches.flush();
    assertThat(
            ((Number) http.get("/v1/metrics/tool/cursor", Http.bearer(key)).at("searches"))
                .longValue())
        .isEqualTo(before + 2);
  }

  @Test
  void aMalformedOrForeignXEngramToolIs400NamingTheHeaderAndCountsNothing() {
    Http.Response malformed = searchAs(key, "bad tool!");
    assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
    assertThat(malformed.text("error.field")).isEqualTo("X-Engram-Tool");

    // "windsurf" is a tool of the other app only
    Http.Response session =
        http.post(
            "/v1/tool-sessions/start",
            http.toJson(Map.of("tool_id", "windsurf")),
            Http.bearer(otherKey));
    assertThat(session.status()).as(session.body()).isEqualTo(201);
    Http.Response foreign = searchAs(key, "windsurf");
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
    assertThat(foreign.text("error.field")).isEqualTo("X-Engram-Tool");
    searches.flush();
    assertThat(http.get("/v1/metrics/tool/windsurf", Http.bearer(key)).status()).isEqualTo(404);
  }

  private static long total(Http.Response metrics) {
    Map<String, Object> changes = (Map<String, Object>) metrics.at("memory_events");
    return changes.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesAndLearningEventsWithoutAnAgentCarryingXEngramToolAreTheTools() {
    String user = unique("tool-writer");
    Http.Response before = http.get("/v1/metrics/tool/cursor", Http.bearer(key));
    long memoryEvents = total(before);
    long learningEvents = ((Number) before.at("learning_events")).longValue();

    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", "The user prefers dark mode")),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "cursor");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(((List<Map<String, Object>>) added.at("memories")).get(0))
        .containsEntry("agent_id", "cursor");
    Http.Response fast =
        http.post(
            "/v1/agent-memories",
            http.toJson(Map.of("user_id", user, "messages", "Works late on Fridays")),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "cursor");
    assertThat(fast.status()).as(fast.body()).isEqualTo(201);
    // an explicit agent_id stays the memory's (and its events') agent
    Http.Response named =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of("user_id", user, "content", "Uses vim keys", "agent_id", "claude-code")),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "cursor");
    assertThat(((List<Map<String, Object>>) named.at("memories")).get(0))
        .containsEntry("agent_id", "claude-code");
    Http.Response learned =
        http.post(
            "/v1/learning/events",
            http.toJson(
                List.of(
                    Map.of(
                        "event_type",
                        "feedback",
                        "domain",
                        "coding",
                        "feedback",
                        Map.of("correct", true)),
                    Map.of(
                        "event_type",
                        "feedback",
                        "domain",
                        "coding",
                        "agent_id",
                        "claude-code",
                        "feedback",
                        Map.of("correct", false)))),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "cursor");
    assertThat(learned.status()).as(learned.body()).isEqualTo(201);

    Http.Response after = http.get("/v1/metrics/tool/cursor", Http.bearer(key));
    assertThat(total(after)).isEqualTo(memoryEvents + 2);
    assertThat(((Number) after.at("learning_events")).longValue()).isEqualTo(learningEvents + 1);

    // a bad header on a write is refused before anything is stored
    Http.Response refused =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user + "-x", "content", "Likes tea")),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "nobody");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.text("error.field")).isEqualTo("X-Engram-Tool");
    Http.Response refusedEvent =
        http.post(
            "/v1/learning/events",
            http.toJson(Map.of("event_type", "feedback", "domain", "coding")),
            "Authorization",
            "Bearer " + key,
            "X-Engram-Tool",
            "bad tool!");
    assertThat(refusedEvent.status()).isEqualTo(400);
    assertThat(refusedEvent.text("error.field")).isEqualTo("X-Engram-Tool");
    assertThat(
            (List<?>)
                http.get("/v1/memories?user_id=" + user + "-x", Http.bearer(key)).at("memories"))
        .isEmpty();
    assertThat(
            ((Number) http.get("/v1/metrics/tool/cursor", Http.bearer(key)).at("learning_events"))
                .longValue())
        .isEqualTo(learningEvents + 1);
  }
}
