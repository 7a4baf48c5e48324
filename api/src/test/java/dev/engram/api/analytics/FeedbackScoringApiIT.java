package dev.engram.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/**
 * Feedback on a memory feeds its search score (README § Scoring): feedback boost = 0.15 ×
 * clamp(balance / 4, −1, 1), balance +1 per useful, −1 per not useful, −2 per wrong.
 */
@MicronautTest(transactional = false)
class FeedbackScoringApiIT extends ApiTestSupport {
  @Inject AccessRecorder accesses;
  private String keyA;
  private String keyB;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("feedback-org"));
    keyA =
        createKeySecret(
            root,
            createApp(root, org, "feedback-a"),
            List.of("memories:read", "memories:write", "analytics:write"));
    keyB =
        createKeySecret(
            root,
            createApp(root, org, "feedback-b"),
            List.of("memories:read", "memories:write", "analytics:write"));
  }

  @SuppressWarnings("unchecked")
  private String write(String user, String content, int importance) {
    Map<String, Object> body = new HashMap<>();
    body.put("user_id", user);
    body.put("content", content);
    body.put("importance", importance);
    body.put("resolve", false);
    Http.Response response = http.post("/v1/memories", http.toJson(body), Http.bearer(keyA));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) response.at("results")).get(0).get("memory_id").toString();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> search(String user, String query) {
    accesses.flush();
    Http.Response response =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("user_id", user, "query", query, "limit", 10)),
            Http.bearer(keyA));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    accesses.flush();
    return (List<Map<String, Object>>) response.at("results");
  }

  private Http.Response feedback(String key, String memoryId, String verdict) {
    return http.post(
        "/v1/learning/feedback",
        http.toJson(Map.of("memory_id", memoryId, "verdict", verdict)),
        Http.bearer(key));
  }

  @SuppressWarnings("unchecked")
  private static String id(Map<String, Object> hit) {
    return ((Map<String, Object>) hit.get("memory")).get("id").toString();
  }

  @SuppressWarnings("unchecked")
  private static double component(Map<String, Object> hit, String name) {
    return ((Number) ((Map<String, Object>) hit.get("components")).get(name)).doubleValue();
  }

  private static double score(Map<String, Object> hit) {
    return ((Number) hit.get("composite_score")).doubleValue();
  }

  /** relevance × (1 + recency + importance + reinforcement + access + feedback). */
  private static double formula(Map<String, Object> hit) {
    double boost = 0;
    for (String name :
        List.of(
            "recency_boost",
            "importance_boost",
            "reinforcement_boost",
            "access_boost",
            "feedback_boost")) {
      boost += component(hit, name);
    }
    return ((Number) hit.get("relevance")).doubleValue() * (1 + boost);
  }

  private static Map<String, Object> hit(List<Map<String, Object>> hits, String id) {
    return hits.stream().filter(h -> id(h).equals(id)).findFirst().orElseThrow();
  }

  @Test
  void usefulOnTheLowerAndWrongOnTheHigherSwapsTheirOrder() {
    String user = unique("ivy");
    // same statement, importance 6 versus 5: the first ranks higher by 0.1 × 1/9 ≈ 0.011 boost
    String higher = write(user, "Ivy prefers window seats on long flights", 6);
    String lower = write(user, "Ivy prefers window seats on long flights", 5);

    List<Map<String, Object>> before = search(user, "window seats on flights");
    assertThat(before).extracting(FeedbackScoringApiIT::id).containsExactly(higher, lower);
    assertThat(component(before.get(0), "feedback_boost")).isZero();
    assertThat(component(before.get(1), "feedback_boost")).isZero();

    assertThat(feedback(keyA, lower, "useful").status()).isEqualTo(201);
    assertThat(feedback(keyA, higher, "wrong").status()).isEqualTo(201);

    List<Map<String, Object>> after = search(user, "window seats on flights");
    assertThat(after).extracting(FeedbackScoringApiIT::id).containsExactly(lower, higher);
    // balance +1 → 0.15 × 1/4; balance −2 → −0.15 × 2/4
    assertThat(component(hit(after, lower), "feedback_boost")).isCloseTo(0.0375, within(1e-9));
    assertThat(component(hit(after, higher), "feedback_boost")).isCloseTo(-0.075, within(1e-9));
    assertThat(score(hit(after, lower))).isGreaterThan(score(hit(before, lower)));
    assertThat(score(hit(after, higher))).isLessThan(score(hit(before, higher)));
    // the feedback boost is part of the composite score (searches also count accesses, so the
    // access boost moved too: compare with the formula rather than with the score before)
    for (Map<String, Object> h : after) {
      assertThat(score(h)).isCloseTo(formula(h), within(1e-9));
    }

    // the boost is bounded: many more useful marks saturate at +0.15
    for (int i = 0; i < 10; i++) {
      assertThat(feedback(keyA, lower, "useful").status()).isEqualTo(201);
    }
    assertThat(component(hit(search(user, "window seats"), lower), "feedback_boost"))
        .isCloseTo(0.15, within(1e-9));
  }

  @Test
  void feedbackNamingAnotherAppsMemoryIs404AndChangesNothing() {
    String user = unique("jon");
    String memory = write(user, "Jon takes his coffee black", 5);
    double before = score(search(user, "coffee").get(0));

    Http.Response foreign = feedback(keyB, memory, "wrong");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.text("error.field")).isEqualTo("memory_id");

    List<Map<String, Object>> after = search(user, "coffee");
    assertThat(component(after.get(0), "feedback_boost")).isZero();
    assertThat(score(after.get(0))).isCloseTo(formula(after.get(0)), within(1e-9));
    assertThat(score(after.get(0))).isGreaterThanOrEqualTo(before);
  }
}
