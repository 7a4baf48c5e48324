package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/answers} without an LLM: the best memories and a note saying so. */
@MicronautTest(transactional = false)
class AnswersApiIT extends ApiTestSupport {
  private String writer;
  private String reader;
  private String writeOnly;
  private String user;
  private String shippingId;
  private String cityId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String orgId = createOrg(root, unique("ans-org"));
    String appId = createApp(root, orgId, "answers");
    writer = createKeySecret(root, appId, List.of("memories:read", "memories:write"));
    reader = createKeySecret(root, appId, List.of("memories:read"));
    writeOnly = createKeySecret(root, appId, List.of("memories:write"));
    user = unique("dana");
    shippingId = add(user, "s1", "Dana prefers express shipping for gifts");
    cityId = add(user, "s2", "Dana lives in Lisbon near the river");
    add(user, "s2", "Dana's favourite board game is Catan");
    add(unique("other"), "s1", "Prefers express shipping always");
  }

  private String add(String userId, String sessionId, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of(
                    "user_id",
                    userId,
                    "session_id",
                    sessionId,
                    "content",
                    content,
                    "resolve",
                    false)),
            Http.bearer(writer));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Object>) response.at("ids")).getFirst().toString();
  }

  private Http.Response ask(Map<String, Object> body) {
    return http.post("/v1/answers", http.toJson(body), Http.bearer(reader));
  }

  @SuppressWarnings("unchecked")
  private static List<String> memoryIds(Http.Response response) {
    return ((List<Map<String, Object>>) response.at("memories"))
        .stream().map(h -> (String) ((Map<String, Object>) h.get("memory")).get("id")).toList();
  }

  @Test
  void returnsTheBestMemoriesCitedAndSaysNoLlmIsConfigured() {
    Http.Response response =
        ask(Map.of("query", "how should gifts be shipped?", "user_id", user, "n", 2));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.text("engine")).isEqualTo("rules");
    assertThat(response.at("answer")).isNull();
    assertThat(response.text("note")).contains("no LLM is configured");
    List<String> ids = memoryIds(response);
    assertThat(ids).hasSize(2).first().isEqualTo(shippingId);
    assertThat((List<Object>) response.at("cited_ids")).containsExactlyElementsOf(ids);
    @SuppressWarnings("unchecked")
    Map<String, Object> hit = ((List<Map<String, Object>>) response.at("memories")).getFirst();
    assertThat(hit).containsKeys("memory", "relevance", "composite_score", "components");
  }

  @Test
  void staysInsideTheUserAndSession() {
    Http.Response all = ask(Map.of("query", "shipping", "user_id", user, "n", 50));
    assertThat(memoryIds(all)).hasSize(3);

    Http.Response session =
        ask(Map.of("query", "where does Dana live?", "user_id", user, "session_id", "s2"));
    assertThat(memoryIds(session)).contains(cityId).doesNotContain(shippingId).hasSize(2);
  }

  @Test
  void aHighThresholdLeavesNothingAndSaysSo() {
    Http.Response response =
        ask(Map.of("query", "quantum chromodynamics lecture", "user_id", user, "threshold", 0.99));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat((List<Object>) response.at("memories")).isEmpty();
    assertThat((List<Object>) response.at("cited_ids")).isEmpty();
    assertThat(response.text("note")).contains("no LLM is configured");
  }

  @Test
  void refusesBadInput() {
    assertBad(Map.of("user_id", user), "invalid_field", "query");
    assertBad(Map.of("query", " ", "user_id", user), "invalid_field", "query");
    assertBad(Map.of("query", "x"), "user_id_required", "user_id");
    assertBad(Map.of("query", "x", "user_id", user, "n", 0), "invalid_field", "n");
    assertBad(Map.of("query", "x", "user_id", user, "n", 51), "invalid_field", "n");
    assertBad(
        Map.of("query", "x", "user_id", user, "threshold", -0.1), "invalid_field", "threshold");
    assertBad(
        Map.of("query", "x", "user_id", user, "threshold", 1.5), "invalid_field", "threshold");
  }

  @Test
  void needsTheReadScope() {
    String body = http.toJson(Map.of("query", "x", "user_id", user));
    assertThat(http.post("/v1/answers", body, Http.bearer(writeOnly)).status()).isEqualTo(403);
    assertThat(http.post("/v1/answers", body).status()).isEqualTo(401);
  }

  private void assertBad(Map<String, Object> body, String code, String field) {
    Http.Response response = ask(body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo(code);
    assertThat(response.text("error.field")).isEqualTo(field);
  }
}
