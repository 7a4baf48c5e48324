package dev.engram.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording the learning history over HTTP: learning events, feedback and memory events. */
@MicronautTest(transactional = false)
class LearningEventsApiIT extends ApiTestSupport {
  @Inject DataSource dataSource;

  private String appA;
  private String keyA;
  private String readerA;
  private String keyB;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("learn-org"));
    appA = createApp(root, org, "app-a");
    String appB = createApp(root, org, "app-b");
    keyA =
        createKeySecret(root, appA, List.of("memories:read", "memories:write", "analytics:write"));
    readerA = createKeySecret(root, appA, List.of("analytics:read"));
    keyB = createKeySecret(root, appB, List.of("memories:read", "memories:write"));
  }

  /** Seed 002's example body, as sent (camelCase). */
  private static Map<String, Object> seedEvent(String domain, int rating, boolean correct) {
    return Map.of(
        "serviceId", "lora-service",
        "agentId", "legal-model-v2",
        "eventType", "feedback",
        "domain", domain,
        "metadata",
            Map.of(
                "timestamp", "2026-11-30T10:15:00Z", "sessionId", "session_123", "importance", 7),
        "input", Map.of("data", Map.of("document_text", "Terms of Service...")),
        "output", Map.of("prediction", Map.of("risk_score", 0.85), "confidence", 0.92),
        "feedback", Map.of("rating", rating, "correct", correct),
        "impact",
            Map.of(
                "modelUpdated",
                true,
                "performanceChange",
                0.02,
                "affectedModels",
                List.of("legal-model-v2")));
  }

  private long count(String sql, Object... args) {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void recordsSeedEventAsSentWithItsRollup() {
    String domain = unique("legal");
    Http.Response response =
        http.post(
            "/v1/learning/events", http.toJson(seedEvent(domain, 4, true)), Http.bearer(keyA));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("recorded")).isEqualTo(1);
    String id = ((List<?>) response.at("ids")).get(0).toString();
    assertThat(id).startsWith("lev_");
    assertThat(
            count(
                "select count(*) from learning_events where app_id = ? and id = ? and event_type ="
                    + " 'feedback' and agent_id = 'legal-model-v2' and session_id = 'session_123'"
                    + " and importance = 7 and confidence = 0.92 and rating = 4 and correct = true"
                    + " and model_updated = true",
                appA,
                id))
        .isEqualTo(1);
    assertThat(
            count(
                "select sum(events) + 10 * sum(feedback) + 100 * sum(correct) + 1000 *"
                    + " sum(rating_sum) from analytics_daily where app_id = ? and source ="
                    + " 'learning' and dimension = ? and day_utc = date '2026-11-30'",
                appA,
                domain))
        .isEqualTo(1 + 10 + 100 + 4000);
  }

  @Test
  void recordsABatchAtOnceAndSumsItsRollup() {
    String domain = unique("billing");
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      batch.add(seedEvent(domain, 1 + i % 5, i % 2 == 0));
    }
    Http.Response response =
        http.post("/v1/learning/events", http.toJson(Map.of("events", batch)), Http.bearer(keyA));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("recorded")).isEqualTo(50);
    assertThat(
            count(
                "select sum(events) from analytics_daily where app_id = ? and dimension = ?",
                appA,
                domain))
        .isEqualTo(50);
    assertThat(
            count(
                "select sum(correct) from analytics_daily where app_id = ? and dimension = ?",
                appA,
                domain))
        .isEqualTo(25);
    // a plain JSON array works as well
    Http.Response array =
        http.post("/v1/learning/events", http.toJson(batch.subList(0, 3)), Http.bearer(keyA));
    assertThat(array.at("recorded")).as(array.body()).isEqualTo(3);
  }

  @Test
  void refusesABadEventInABatchNamingItsFieldAndStoresNothing() {
    String domain = unique("bad");
    Map<String, Object> bad = new HashMap<>(seedEvent(domain, 4, true));
    bad.put("feedback", Map.of("rating", 9));
    Http.Response response =
        http.post(
            "/v1/learning/events",
            http.toJson(Map.of("events", List.of(seedEvent(domain, 3, true), bad))),
            Http.bearer(keyA));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo("invalid_field");
    assertThat(response.text("error.field")).isEqualTo("events[1].feedback.rating");
    assertThat(
            count(
                "select count(*) from learning_events where app_id = ? and domain = ?",
                appA,
                domain))
        .isZero();
  }

  @Test
  void namesMissingUnknownAndOversizedFields() {
    Map<String, Object> noDomain = new HashMap<>(seedEvent("x", 4, true));
    noDomain.remove("domain");
    Http.Response missing =
        http.post("/v1/learning/events", http.toJson(noDomain), Http.bearer(keyA));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text("error.code")).isEqualTo("missing_field");
    assertThat(missing.text("error.field")).isEqualTo("domain");

    Map<String, Object> unknown = new HashMap<>(seedEvent("x", 4, true));
    unknown.put("colour", "blue");
    Http.Response unknownField =
        http.post("/v1/learning/events", http.toJson(unknown), Http.bearer(keyA));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.text("error.field")).isEqualTo("colour");

    Map<String, Object> huge = new HashMap<>(seedEvent("x", 4, true));
    huge.put("input", Map.of("data", "x".repeat(20_000)));
    Http.Response tooLarge = http.post("/v1/learning/events", http.toJson(huge), Http.bearer(keyA));
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.text("error.code")).isEqualTo("event_too_large");
    assertThat(tooLarge.text("error.field")).isEqualTo("body");

    Map<String, Object> old = new HashMap<>(seedEvent("x", 4, true));
    old.put("metadata", Map.of("timestamp", "2001-01-01T00:00:00Z"));
    Http.Response tooOld = http.post("/v1/learning/events", http.toJson(old), Http.bearer(keyA));
    assertThat(tooOld.status()).isEqualTo(400);
    assertThat(tooOld.text("error.code")).isEqualTo("range_over_retention");
    assertThat(tooOld.text("error.field")).isEqualTo("metadata.timestamp");

    Http.Response notJson = http.post("/v1/learning/events", "{nope", Http.bearer(keyA));
    assertThat(notJson.status()).isEqualTo(400);
  }

  @Test
  void recordingNeedsAWriteScope() {
    Http.Response response =
        http.post(
            "/v1/learning/events", http.toJson(seedEvent("x", 4, true)), Http.bearer(readerA));
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void feedbackOnAMemoryOfTheAppIsRecordedAndAnotherAppsMemoryIs404() {
    String user = unique("fiona");
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", "Fiona likes green tea")),
            Http.bearer(keyA));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String memoryId = ((List<?>) added.at("ids")).get(0).toString();

    Http.Response useful =
        http.post(
            "/v1/learning/feedback",
            http.toJson(
                Map.of(
                    "memory_id", memoryId, "verdict", "useful", "user_id", user, "query", "tea")),
            Http.bearer(keyA));
    assertThat(useful.status()).as(useful.body()).isEqualTo(201);
    assertThat(
            count(
                "select count(*) from learning_events where app_id = ? and memory_id = ? and"
                    + " event_type = 'feedback' and domain = 'retrieval' and correct = true",
                appA,
                memoryId))
        .isEqualTo(1);

    Http.Response foreign =
        http.post(
            "/v1/learning/feedback",
            http.toJson(Map.of("memory_id", memoryId, "verdict", "wrong")),
            Http.bearer(keyB));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.text("error.field")).isEqualTo("memory_id");

    Http.Response badVerdict =
        http.post(
            "/v1/learning/feedback", http.toJson(Map.of("verdict", "meh")), Http.bearer(keyA));
    assertThat(badVerdict.status()).isEqualTo(400);
    assertThat(badVerdict.text("error.field")).isEqualTo("verdict");
  }

  @Test
  void memoryWritesBecomeLearningHistoryWithAgentCategoryAndUser() {
    String user = unique("gina");
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of(
                    "user_id", user,
                    "agent_id", "concierge",
                    "category", "travel",
                    "content", "Gina always books aisle seats")),
            Http.bearer(keyA));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String memoryId = ((List<?>) added.at("ids")).get(0).toString();
    Http.Response deleted = http.delete("/v1/memories/" + memoryId, Http.bearer(keyA));
    assertThat(deleted.status()).as(deleted.body()).isIn(200, 204);

    assertThat(
            count(
                "select count(*) from memory_history where app_id = ? and memory_id = ? and"
                    + " user_id = ? and agent_id = 'concierge' and category = 'travel'",
                appA,
                memoryId,
                user))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from memory_history where app_id = ? and memory_id = ? and"
                    + " change_type in ('ADD', 'DELETE')",
                appA,
                memoryId))
        .isEqualTo(2);
    assertThat(
            count(
                "select sum(events) from analytics_daily where app_id = ? and source = 'memory'"
                    + " and kind = 'ADD' and dimension = 'travel' and agent_id = 'concierge'",
                appA))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            count(
                "select count(*) from analytics_users where app_id = ? and user_id = ?",
                appA,
                user))
        .isEqualTo(1);

    // erasing the user erases its raw history
    Http.Response erased = http.delete("/v1/memories?user_id=" + user, Http.bearer(keyA));
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(
            count(
                "select count(*) from memory_history where app_id = ? and user_id = ?", appA, user))
        .isZero();
  }
}
