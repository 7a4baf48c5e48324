package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolved write path over HTTP: duplicates reinforce, conflicts supersede, facts add up. */
@MicronautTest(transactional = false)
class MemoryEvolutionApiIT extends ApiTestSupport {
  private String writer;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("evo-org"));
    String app = createApp(root, org, "evolution");
    writer = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  private Http.Response post(Map<String, Object> body) {
    Http.Response response = http.post("/v1/memories", http.toJson(body), Http.bearer(writer));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> result(Http.Response response) {
    return ((List<Map<String, Object>>) response.at("results")).get(0);
  }

  private Http.Response get(String id) {
    return http.get("/v1/memories/" + id, Http.bearer(writer));
  }

  private long active(String user) {
    return ((Number) http.get("/v1/memories?user_id=" + user, Http.bearer(writer)).at("total"))
        .longValue();
  }

  @Test
  void aDuplicateReinforcesTheExistingMemory() {
    String user = unique("dup");
    String id =
        result(post(Map.of("user_id", user, "content", "User loves jazz music")))
            .get("memory_id")
            .toString();

    Map<String, Object> again =
        result(post(Map.of("user_id", user, "content", "The user enjoys jazz music")));

    assertThat(again.get("action")).isEqualTo("reinforce");
    assertThat(again.get("memory_id")).isEqualTo(id);
    assertThat(again.get("target_id")).isEqualTo(id);
    assertThat((String) again.get("reason")).startsWith("same statement");
    assertThat(again.get("engine")).isEqualTo("rules");
    assertThat(get(id).at("reinforcement_count")).isEqualTo(1);
    assertThat(active(user)).isEqualTo(1);
    assertThat(http.get("/v1/memories/" + id + "/events", Http.bearer(writer)).list())
        .extracting(e -> e.get("type"))
        .containsExactly("ADD", "REINFORCE");
  }

  @Test
  void aConflictSupersedesAndKeepsTheChain() {
    String user = unique("conflict");
    String old =
        result(post(Map.of("user_id", user, "content", "User lives in Berlin")))
            .get("memory_id")
            .toString();

    Map<String, Object> moved =
        result(post(Map.of("user_id", user, "content", "User moved to Munich last spring")));

    assertThat(moved.get("action")).isEqualTo("update");
    assertThat(moved.get("target_id")).isEqualTo(old);
    String next = moved.get("memory_id").toString();
    Http.Response superseded = get(old);
    assertThat(superseded.text("status")).isEqualTo("superseded");
    assertThat(superseded.at("valid_to")).isNotNull();
    assertThat(superseded.text("next_id")).isEqualTo(next);
    Http.Response current = get(next);
    assertThat(current.text("status")).isEqualTo("active");
    assertThat(current.text("previous_id")).isEqualTo(old);
    assertThat(active(user)).isEqualTo(1);
  }

  @Test
  void distinctFactsStayActiveAndResolveFalseStoresEverything() {
    String user = unique("distinct");
    post(Map.of("user_id", user, "content", "User is allergic to peanuts"));
    Map<String, Object> second =
        result(post(Map.of("user_id", user, "content", "User is allergic to shellfish")));
    assertThat(second.get("action")).isEqualTo("add");
    assertThat(active(user)).isEqualTo(2);

    Map<String, Object> raw =
        result(
            post(
                Map.of(
                    "user_id", user, "content", "User is allergic to peanuts", "resolve", false)));
    assertThat(raw.get("action")).isEqualTo("add");
    assertThat(active(user)).isEqualTo(3);
  }

  @Test
  void aBatchIsResolvedInOrder() {
    String user = unique("batch");
    Http.Response response =
        post(
            Map.of(
                "user_id",
                user,
                "memories",
                List.of(
                    Map.of("content", "User's cat is named Milo"),
                    Map.of("content", "The user has a cat called Milo"),
                    Map.of("content", "User's cat is named Oscar"))));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) response.at("results");
    assertThat(results)
        .extracting(r -> r.get("action"))
        .containsExactly("add", "reinforce", "update");
    assertThat(active(user)).isEqualTo(1);
  }
}
