package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.read.AccessRecorder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reinforcement and access feed the composite score; reads are counted as accesses. */
@MicronautTest(transactional = false)
class ScoringApiIT extends ApiTestSupport {
  @Inject AccessRecorder accesses;
  private String key;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("scoring-org"));
    key =
        createKeySecret(
            root, createApp(root, org, "scoring"), List.of("memories:read", "memories:write"));
  }

  @SuppressWarnings("unchecked")
  private String write(String user, String content, boolean resolve) {
    Map<String, Object> body = new HashMap<>();
    body.put("user_id", user);
    body.put("content", content);
    body.put("resolve", resolve);
    Http.Response response = http.post("/v1/memories", http.toJson(body), Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) response.at("results")).get(0).get("memory_id").toString();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> search(String user, String query) {
    Http.Response response =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("user_id", user, "query", query, "limit", 10)),
            Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return (List<Map<String, Object>>) response.at("results");
  }

  private Http.Response get(String id) {
    return http.get("/v1/memories/" + id, Http.bearer(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> memory(Map<String, Object> hit) {
    return (Map<String, Object>) hit.get("memory");
  }

  @SuppressWarnings("unchecked")
  private static double component(Map<String, Object> hit, String name) {
    return ((Number) ((Map<String, Object>) hit.get("components")).get(name)).doubleValue();
  }

  @Test
  void aReinforcedMemoryOutranksAnOtherwiseEqualOne() {
    String user = unique("reinforced");
    String first = write(user, "User loves jazz music", false);
    String second = write(user, "User loves jazz music", false);
    accesses.flush();
    // a paraphrase through the resolver reinforces one of the two
    write(user, "The user enjoys jazz music", true);
    int reinforcedFirst = ((Number) get(first).at("reinforcement_count")).intValue();
    int reinforcedSecond = ((Number) get(second).at("reinforcement_count")).intValue();
    assertThat(reinforcedFirst + reinforcedSecond).isEqualTo(1);
    String reinforced = reinforcedFirst == 1 ? first : second;
    String other = reinforced.equals(first) ? second : first;

    List<Map<String, Object>> hits = search(user, "jazz music");

    assertThat(hits).extracting(h -> memory(h).get("id")).containsExactly(reinforced, other);
    assertThat(component(hits.get(0), "similarity"))
        .isEqualTo(component(hits.get(1), "similarity"));
    assertThat(component(hits.get(0), "reinforcement_boost")).isPositive();
    assertThat(component(hits.get(1), "reinforcement_boost")).isZero();
    assertThat(((Number) hits.get(0).get("composite_score")).doubleValue())
        .isGreaterThan(((Number) hits.get(1).get("composite_score")).doubleValue());
  }

  @Test
  void searchAndGetCountAccessesButListingsDoNot() {
    String user = unique("access");
    String tea = write(user, "User drinks oolong tea", false);
    accesses.flush();

    assertThat(get(tea).at("access_count")).isEqualTo(0);
    search(user, "oolong tea");
    http.get("/v1/memories?user_id=" + user, Http.bearer(key));
    http.get("/v1/memories/" + tea + "/chain", Http.bearer(key));
    accesses.flush();

    Http.Response after = get(tea);
    assertThat(after.at("access_count")).isEqualTo(2);
    assertThat(after.at("last_accessed_at")).isNotNull();
    assertThat(after.at("version")).isEqualTo(1);
    accesses.flush();

    List<Map<String, Object>> hits = search(user, "oolong tea");
    assertThat(memory(hits.get(0)).get("access_count")).isEqualTo(3);
    assertThat(component(hits.get(0), "access_boost")).isPositive();
    assertThat(component(hits.get(0), "retention"))
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
  }
}
