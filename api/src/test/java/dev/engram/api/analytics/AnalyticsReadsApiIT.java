package dev.engram.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.analytics.SearchRecorder;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading the learning history over HTTP: metrics, trends, insights, patterns, recommendations,
 * dashboard, realtime and history pages, on 30 days of synthetic events with a known answer.
 */
@MicronautTest(transactional = false)
class AnalyticsReadsApiIT extends ApiTestSupport {
  private static final int SPIKE_DAYS_AGO = 3;

  @Inject SearchRecorder searches;

  private String key;
  private String otherKey;
  private final String user = unique("uma");
  private LocalDate today;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("reads-org"));
    String app = createApp(root, org, "reads");
    String other = createApp(root, org, "other");
    key =
        createKeySecret(
            root,
            app,
            List.of("memories:read", "memories:write", "analytics:read", "analytics:write"));
    otherKey = createKeySecret(root, other, List.of("analytics:read"));
    today = LocalDate.now(ZoneOffset.UTC);
    // 30 days of billing feedback: 20 a day, correct 10 + day/3 of them (accuracy rises), and a
    // spike of 200 events SPIKE_DAYS_AGO days ago
    for (int daysAgo = 29; daysAgo >= 0; daysAgo--) {
      Instant at =
          Instant.now()
              .truncatedTo(ChronoUnit.DAYS)
              .minus(daysAgo, ChronoUnit.DAYS)
              .plusSeconds(60);
      if (at.isAfter(Instant.now())) {
        at = Instant.now().minusSeconds(1);
      }
      int dayIndex = 29 - daysAgo;
      int count = daysAgo == SPIKE_DAYS_AGO ? 200 : 20;
      int correct = 10 + dayIndex / 3;
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        batch.add(
            Map.of(
                "eventType",
                i % 4 == 0 ? "correction" : "feedback",
                "domain",
                "billing",
                "agentId",
                i % 2 == 0 ? "biller-a" : "biller-b",
                "userId",
                user,
                "timestamp",
                at.toString(),
                "output",
                Map.of("confidence", 0.9),
                "feedback",
                Map.of("rating", 4, "correct", i < correct)));
      }
      Http.Response r =
          http.post("/v1/learning/events", http.toJson(Map.of("events", batch)), Http.bearer(key));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of("user_id", user, "content", "Uma pays by invoice", "category", "billing")),
            Http.bearer(key));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("user_id", user, "query", "how does Uma pay")),
            Http.bearer(key));
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    searches.flush();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Http.Response r, String name) {
    return (Map<String, Object>) r.at(name);
  }

  @Test
  void metricsFollowTheirFormulas() {
    Http.Response r = http.get("/v1/learning/metrics/billing?days=30", Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, Object> learning = section(r, "learning");
    long events = 29 * 20 + 200;
    assertThat(((Number) learning.get("events")).longValue()).isEqualTo(events);
    long correct = 0;
    for (int d = 0; d < 30; d++) {
      int count = 29 - d == SPIKE_DAYS_AGO ? 200 : 20;
      correct += Math.min(count, 10 + d / 3);
    }
    assertThat((Double) learning.get("accuracy"))
        .isCloseTo((double) correct / events, within(1e-9));
    assertThat((Double) learning.get("mean_confidence")).isCloseTo(0.9, within(1e-9));
    assertThat((Double) learning.get("mean_rating")).isCloseTo(4.0, within(1e-9));
    Map<String, Object> rate = (Map<String, Object>) learning.get("learning_rate");
    assertThat((Double) rate.get("slope_per_day")).isPositive();
    assertThat(rate.get("window_days")).isEqualTo(30);

    Http.Response all = http.get("/v1/analytics/metrics/all", Http.bearer(key));
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    Map<String, Object> memory = section(all, "memory");
    assertThat(((Number) memory.get("facts_learned")).longValue()).isGreaterThanOrEqualTo(1);
    Map<String, Object> retrieval = section(all, "retrieval");
    assertThat(((Number) retrieval.get("searches")).longValue()).isEqualTo(1);
    assertThat(retrieval.get("search_p95_ms")).isNotNull();
    Map<String, Object> users = section(all, "users");
    assertThat(((Number) users.get("active_users")).longValue()).isEqualTo(1);
  }

  @Test
  void trendsHaveBucketsMovingAverageChangeAndForecast() {
    Http.Response r =
        http.get("/v1/learning/trends/billing?metric=events&bucket=day&days=30", Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> points = (List<Map<String, Object>>) r.at("points");
    assertThat(points).hasSize(30);
    assertThat(points.get(29 - SPIKE_DAYS_AGO).get("value")).isEqualTo(200.0);
    assertThat(points.get(0).get("moving_average")).isEqualTo(20.0);
    assertThat(r.at("previous")).isEqualTo(0.0);
    assertThat(section(r, "forecast")).containsKeys("next", "backtest_mae");

    Http.Response weeks =
        http.get(
            "/v1/learning/trends/billing?metric=accuracy&bucket=week&days=28", Http.bearer(key));
    assertThat(weeks.status()).as(weeks.body()).isEqualTo(200);
    assertThat((List<?>) weeks.at("points")).hasSizeBetween(4, 5);
  }

  @Test
  void insightsFindTheInjectedSpikeAndRecommendationsCiteIt() {
    Http.Response r = http.get("/v1/analytics/insights?domain=billing&days=30", Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> insights = (List<Map<String, Object>>) r.at("insights");
    assertThat(insights)
        .anySatisfy(
            i -> {
              assertThat(i.get("type")).isEqualTo("anomaly");
              assertThat(i.get("metric")).isEqualTo("events");
              assertThat(i.get("direction")).isEqualTo("spike");
              assertThat(i.get("since")).isEqualTo(today.minusDays(SPIKE_DAYS_AGO).toString());
            });
    Http.Response recs = http.get("/v1/learning/recommendations/billing", Http.bearer(key));
    assertThat(recs.status()).as(recs.body()).isEqualTo(200);
    List<Map<String, Object>> list = (List<Map<String, Object>>) recs.at("recommendations");
    assertThat(list)
        .isNotEmpty()
        .allSatisfy(x -> assertThat((List<?>) x.get("evidence")).isNotEmpty());

    Http.Response patterns =
        http.get("/v1/learning/patterns/billing?min_support=0.2", Http.bearer(key));
    assertThat(patterns.status()).as(patterns.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) patterns.at("patterns"))
        .anySatisfy(p -> assertThat(p.get("kind")).isEqualTo("feedback"));
  }

  @Test
  void dashboardHasSeedShape() {
    Http.Response r = http.get("/v1/analytics/dashboard?domain=billing", Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.map()).containsKeys("realtime", "today", "trends", "insights", "top_performers");
    Map<String, Object> top = section(r, "top_performers");
    assertThat((List<?>) top.get("agents")).hasSize(2);
    Http.Response realtime = http.get("/v1/analytics/realtime", Http.bearer(key));
    assertThat(realtime.status()).as(realtime.body()).isEqualTo(200);
    assertThat(realtime.map()).containsKeys("events_this_hour", "events_per_second");
  }

  @Test
  void historyPagesFilterAndNewestFirst() {
    Http.Response r =
        http.post(
            "/v1/learning/history",
            http.toJson(
                Map.of(
                    "eventTypes",
                    List.of("correction"),
                    "agents",
                    List.of("biller-a"),
                    "limit",
                    7)),
            Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> events = (List<Map<String, Object>>) r.at("events");
    assertThat(events)
        .hasSize(7)
        .allSatisfy(e -> assertThat(e.get("event_type")).isEqualTo("correction"));
    assertThat(r.at("next_offset")).isEqualTo(7);
    Http.Response memory =
        http.post(
            "/v1/learning/history", http.toJson(Map.of("source", "memory")), Http.bearer(key));
    assertThat((List<Map<String, Object>>) memory.at("events"))
        .anySatisfy(e -> assertThat(e.get("change")).isEqualTo("ADD"));
  }

  @Test
  void everyStatementOfAResolvedBatchReachesTheHistoryOnce() {
    // the facts of a batch are recorded together after its commit (one learning-history call)
    String batchUser = "batch-user-" + System.nanoTime();
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of(
                    "memories",
                    List.of(
                        Map.of("user_id", batchUser, "content", "Vera flies to Oslo in May"),
                        Map.of("user_id", batchUser, "content", "Vera keeps two parrots"),
                        Map.of("user_id", batchUser, "content", "Vera drinks oat milk")))),
            Http.bearer(key));
    assertThat(added.status()).as(added.body()).isEqualTo(201);

    Http.Response history =
        http.post(
            "/v1/learning/history",
            http.toJson(Map.of("source", "memory", "limit", 500)),
            Http.bearer(key));
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) history.at("events"))
        .filteredOn(e -> batchUser.equals(e.get("user_id")))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.get("change")).isEqualTo("ADD"));
  }

  @Test
  void badParametersAreNamedAndAnotherAppSeesNothing() {
    Http.Response domain = http.get("/v1/learning/metrics/nosuch", Http.bearer(key));
    assertThat(domain.status()).isEqualTo(400);
    assertThat(domain.text("error.code")).isEqualTo("unknown_domain");
    assertThat(domain.text("error.field")).isEqualTo("domain");
    Http.Response metric = http.get("/v1/learning/trends/billing?metric=vibes", Http.bearer(key));
    assertThat(metric.text("error.code")).isEqualTo("unknown_metric");
    assertThat(metric.text("error.field")).isEqualTo("metric");
    Http.Response range = http.get("/v1/analytics/metrics/all?days=5000", Http.bearer(key));
    assertThat(range.status()).isEqualTo(400);
    assertThat(range.text("error.code")).isEqualTo("range_over_retention");
    Http.Response bucket = http.get("/v1/learning/trends/billing?bucket=year", Http.bearer(key));
    assertThat(bucket.text("error.field")).isEqualTo("bucket");
    Http.Response history =
        http.post("/v1/learning/history", http.toJson(Map.of("limit", 0)), Http.bearer(key));
    assertThat(history.text("error.field")).isEqualTo("limit");
    // the other app has no billing domain and none of this app's numbers
    Http.Response foreign = http.get("/v1/learning/metrics/billing", Http.bearer(otherKey));
    assertThat(foreign.status()).isEqualTo(400);
    Http.Response empty = http.get("/v1/analytics/metrics/all", Http.bearer(otherKey));
    assertThat(((Number) section(empty, "learning").get("events")).longValue()).isZero();
  }

  @Test
  void queryGroupsByTypedDimensionsAndRefusesUnknownOnes() {
    Http.Response r =
        http.post(
            "/v1/analytics/query",
            http.toJson(
                Map.of(
                    "metrics", List.of("events", "accuracy"),
                    "group_by", List.of("agent"),
                    "filters", Map.of("domain", List.of("billing"), "source", List.of("learning")),
                    "days", 30)),
            Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) r.at("rows");
    assertThat(rows).extracting(row -> row.get("agent")).containsExactly("biller-a", "biller-b");
    double total = rows.stream().mapToDouble(row -> (Double) row.get("events")).sum();
    assertThat(total).isEqualTo(29 * 20 + 200);

    Http.Response injection =
        http.post(
            "/v1/analytics/query",
            http.toJson(
                Map.of("metrics", List.of("events"), "group_by", List.of("app_id; drop table x"))),
            Http.bearer(key));
    assertThat(injection.status()).isEqualTo(400);
    assertThat(injection.text("error.field")).isEqualTo("group_by");
    Http.Response filterValue =
        http.post(
            "/v1/analytics/query",
            http.toJson(
                Map.of(
                    "metrics", List.of("events"),
                    "filters", Map.of("domain", List.of("billing' or '1'='1")))),
            Http.bearer(key));
    assertThat(filterValue.status()).isEqualTo(200);
    assertThat((List<?>) filterValue.at("rows")).isEmpty();
  }

  @Test
  void exportStreamsEveryFormat() {
    Http.Response csv =
        http.get("/v1/analytics/export?format=csv&source=learning&days=30", Http.bearer(key));
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().lines().count()).isEqualTo(1 + 29 * 20 + 200);
    assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("id,event_type,domain");
    Http.Response ndjson =
        http.get("/v1/analytics/export?format=ndjson&source=memory", Http.bearer(key));
    assertThat(ndjson.status()).isEqualTo(200);
    assertThat(ndjson.body().lines().findFirst().orElseThrow()).contains("\"change\":\"ADD\"");
    Http.Response json = http.get("/v1/analytics/export?format=json&days=1", Http.bearer(key));
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.list()).isNotEmpty();
    Http.Response bad = http.get("/v1/analytics/export?format=xml", Http.bearer(key));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("error.field")).isEqualTo("format");
  }

  @Test
  void customEventsAreRecorded() {
    Http.Response r =
        http.post(
            "/v1/analytics/events",
            http.toJson(
                Map.of("event_type", "checkout_completed", "domain", "shop", "user_id", user)),
            Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    Http.Response metrics = http.get("/v1/analytics/metrics/shop", Http.bearer(key));
    assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
    assertThat(((Number) section(metrics, "learning").get("events")).longValue()).isEqualTo(1);
  }
}
