package dev.engram.api.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.testing.ChatCompletionsFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboards and the Prometheus alert rules name is one the application
 * really exports: a workload (memories stored and superseded with an LLM that fails, so the rule
 * engine falls back; searches; a conversation ingested; a 404) runs over HTTP, then {@code
 * /prometheus} is scraped and each name looked up. A few meters appear only on an event this
 * workload cannot cause here; each is listed with that event and must still be registered by the
 * code under its dotted name.
 */
@MicronautTest(transactional = false)
class DashboardMetricsIT extends ApiTestSupport {
  /** Prometheus name → (main source that registers it, its dotted name, what makes it appear). */
  private static final Map<String, List<String>> ON_EVENT_ONLY =
      Map.of(
          "memory_index_failures_total",
          List.of(
              "memory/src/main/java/dev/engram/memory/MemoryMetrics.java",
              "memory.index.failures",
              "an index write failure"),
          "engram_atlas_search_indexes_building",
          List.of(
              "api/src/main/java/dev/engram/api/ops/OperationsMetrics.java",
              "engram.atlas.search_indexes.building",
              "engram.index.kind=atlas (AtlasApplicationIT)"));

  /** Series Prometheus makes itself. */
  private static final Set<String> PROMETHEUS_OWN = Set.of("up");

  private final ChatCompletionsFixture llm = ChatCompletionsFixture.start();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = llm.configure(super.getProperties());
    return properties;
  }

  @AfterAll
  void stopFixture() {
    llm.close();
  }

  @Test
  void everyMetricOfTheDashboardsAndAlertsIsExported() throws Exception {
    workload();
    System.gc(); // the JVM's GC pause timer appears with the first collection
    scrape(); // the first read of the operations gauges registers the per-app rows
    String exported = scrape();

    Map<String, Set<String>> named = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path dashboard :
        InfraFiles.files(InfraFiles.INFRA.resolve("grafana/dashboards"), ".json")) {
      for (JsonNode panel : json.readTree(dashboard.toFile()).get("panels")) {
        for (JsonNode target : panel.get("targets")) {
          add(
              named,
              InfraFiles.metricNames(target.get("expr").asText()),
              dashboard.getFileName() + ": " + panel.get("title").asText());
        }
      }
    }
    @SuppressWarnings("unchecked")
    var groups =
        (List<Map<String, Object>>)
            ((Map<String, Object>)
                    InfraFiles.yaml(InfraFiles.INFRA.resolve("prometheus/alerts.yml")))
                .get("groups");
    for (Map<String, Object> group : groups) {
      @SuppressWarnings("unchecked")
      var rules = (List<Map<String, Object>>) group.get("rules");
      for (Map<String, Object> rule : rules) {
        add(named, InfraFiles.metricNames((String) rule.get("expr")), "alert " + rule.get("alert"));
      }
    }

    assertThat(named).hasSizeGreaterThan(15);
    Set<String> missing = new TreeSet<>();
    for (var entry : named.entrySet()) {
      String name = entry.getKey();
      if (PROMETHEUS_OWN.contains(name)) {
        continue;
      }
      boolean found =
          exported.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "));
      if (found) {
        continue;
      }
      List<String> onEvent = ON_EVENT_ONLY.get(name);
      if (onEvent != null) {
        assertThat(InfraFiles.read(InfraFiles.ROOT.resolve(onEvent.get(0))))
            .as(name + " registered by " + onEvent.get(0))
            .contains("\"" + onEvent.get(1) + "\"");
        continue;
      }
      missing.add(name + " (" + String.join("; ", entry.getValue()) + ")");
    }
    assertThat(missing).as("named by dashboards or alerts, not exported").isEmpty();
  }

  private static void add(Map<String, Set<String>> named, Set<String> names, String where) {
    for (String name : names) {
      named.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
    }
  }

  private String scrape() {
    Http.Response response = http.get("/prometheus", operator());
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  private void workload() {
    String root = adminToken();
    String org = createOrg(root, unique("metrics-org"));
    String app = createApp(root, org, "metrics");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    String user = unique("metrics-user");

    store(key, user, "User prefers express shipping");
    llm.fail(500).fail(500); // the resolver's LLM call fails: the rule engine decides instead
    store(key, user, "User now prefers standard shipping");
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("query", "shipping", "user_id", user)),
            Http.bearer(key));
    assertThat(found.status()).isEqualTo(200);
    assertThat(http.get("/v1/memories/mem_missing", Http.bearer(key)).status()).isEqualTo(404);

    llm.fail(500).fail(500);
    Http.Response accepted =
        http.post(
            "/v1/conversations",
            http.toJson(
                Map.of(
                    "user_id",
                    user,
                    "partial",
                    true,
                    "messages",
                    List.of(
                        Map.of("role", "user", "content", "I run in Berlin every September."),
                        Map.of("role", "assistant", "content", "Noted.")))),
            Http.bearer(key));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String task = accepted.text("task_id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("/v1/tasks/" + task, Http.bearer(key)).at("finished_at") != null);
  }

  private void store(String key, String user, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }
}
