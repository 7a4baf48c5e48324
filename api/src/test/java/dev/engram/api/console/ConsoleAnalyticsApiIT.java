package dev.engram.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.SearchRecorder;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analytics of the console API (JWT): per app the same answers as {@code /v1/analytics} and
 * {@code /v1/learning} give the app's key, per organization the executive view summed over its
 * apps; another organization's app or organization is {@code 404}; viewers read.
 */
@MicronautTest(transactional = false)
class ConsoleAnalyticsApiIT extends ApiTestSupport {
  @Inject SearchRecorder searches;

  private String org;
  private String bot;
  private String shop;
  private String botKey;
  private String viewer;
  private String otherAdmin;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    org = createOrg(root, unique("ana-org"));
    String otherOrg = createOrg(root, unique("ana-other"));
    bot = createApp(root, org, "bot");
    shop = createApp(root, org, "shop");
    String viewerName = unique("ana-viewer");
    String otherName = unique("ana-other-admin");
    createUser(root, viewerName, "tenant-viewer", org);
    createUser(root, otherName, "tenant-admin", otherOrg);
    viewer = login(viewerName, "a long enough password");
    otherAdmin = login(otherName, "a long enough password");
    List<String> scopes =
        List.of("memories:read", "memories:write", "analytics:read", "analytics:write");
    botKey = createKeySecret(root, bot, scopes);
    String shopKey = createKeySecret(root, shop, scopes);
    record(botKey, "ana", "billing", 6, 4); // 6 events, 4 correct
    record(botKey, "ana", "support", 2, 2); // another agent (tool) of the bot
    record(shopKey, "bo", "checkout", 4, 1); // 4 events, 1 correct
    memory(botKey, "ana", "Ana pays by invoice");
    memory(shopKey, "bo", "Bo prefers express shipping");
    memory(shopKey, "cy", "Cy lives in Lisbon");
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("user_id", "ana", "query", "how does Ana pay")),
            Http.bearer(botKey));
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    searches.flush();
  }

  private void record(String key, String user, String domain, int events, int correct) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      batch.add(
          Map.of(
              "event_type",
              "feedback",
              "domain",
              domain,
              "agent_id",
              "agent-" + domain,
              "user_id",
              user,
              "feedback",
              Map.of("rating", 4, "correct", i < correct)));
    }
    Http.Response r =
        http.post("/v1/learning/events", http.toJson(Map.of("events", batch)), Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private void memory(String key, String user, String content) {
    Http.Response r =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private String app(String appId, String rest) {
    return "/admin/v1/apps/" + appId + "/analytics" + rest;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Http.Response r, String name) {
    return (Map<String, Object>) r.at(name);
  }

  @Test
  void aViewerReadsTheSameMetricsAsTheAppsKey() {
    Http.Response console = http.get(app(bot, "/metrics/billing?days=7"), Http.bearer(viewer));
    assertThat(console.status()).as(console.body()).isEqualTo(200);
    Http.Response v1 = http.get("/v1/learning/metrics/billing?days=7", Http.bearer(botKey));
    assertThat(console.map()).isEqualTo(v1.map());
    assertThat(((Number) section(console, "learning").get("events")).longValue()).isEqualTo(6);
    assertThat((Double) section(console, "learning").get("accuracy")).isEqualTo(4.0 / 6);
  }

  @Test
  @SuppressWarnings("unchecked")
  void dashboardTrendsInsightsAndDomainsAnswer() {
    Http.Response dashboard = http.get(app(bot, "/dashboard?days=7"), Http.bearer(viewer));
    assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
    assertThat(dashboard.map())
        .containsKeys("realtime", "today", "trends", "insights", "top_performers");
    Map<String, Object> today = section(dashboard, "today");
    assertThat(((Map<String, Object>) today.get("ai_performance")).get("events")).isEqualTo(8.0);

    Http.Response trend =
        http.get(
            app(bot, "/trends/all?metric=facts_learned&bucket=day&days=7"), Http.bearer(viewer));
    assertThat(trend.status()).as(trend.body()).isEqualTo(200);
    List<Map<String, Object>> points = (List<Map<String, Object>>) trend.at("points");
    assertThat(points).hasSize(7);
    assertThat(points.get(6).get("value")).isEqualTo(1.0);

    Http.Response insights = http.get(app(bot, "/insights?days=7"), Http.bearer(viewer));
    assertThat(insights.status()).as(insights.body()).isEqualTo(200);
    assertThat(insights.map()).containsKeys("insights", "threshold");

    Http.Response domains = http.get(app(shop, "/domains"), Http.bearer(viewer));
    assertThat(domains.at("domains")).isEqualTo(List.of("checkout"));

    Http.Response live =
        http.get("/admin/v1/apps/" + bot + "/metrics/current", Http.bearer(viewer));
    assertThat(live.status()).as(live.body()).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void historyPagesWithFilters() {
    Http.Response all =
        http.post(
            app(bot, "/history"),
            http.toJson(Map.of("event_types", List.of("feedback"), "limit", 4)),
            Http.bearer(viewer));
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat((List<Object>) all.at("events")).hasSize(4);
    assertThat(all.at("next_offset")).isEqualTo(4);

    Http.Response none =
        http.post(
            app(bot, "/history"),
            http.toJson(Map.of("domains", List.of("checkout"))),
            Http.bearer(viewer));
    assertThat((List<Object>) none.at("events")).isEmpty();

    Http.Response memory =
        http.post(
            app(shop, "/history"), http.toJson(Map.of("source", "memory")), Http.bearer(viewer));
    assertThat((List<Object>) memory.at("events")).hasSize(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOrganizationViewSumsItsApps() {
    Http.Response r = http.get("/admin/v1/orgs/" + org + "/analytics?days=7", Http.bearer(viewer));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, Object> totals = section(r, "totals");
    assertThat(totals.get("events")).isEqualTo(12);
    assertThat(totals.get("feedback")).isEqualTo(12);
    // (4 + 2 + 1) / (8 + 4) from the summed parts, not the mean of the apps' 0.75 and 0.25
    assertThat((Double) totals.get("accuracy")).isEqualTo(7.0 / 12);
    assertThat(totals.get("facts_learned")).isEqualTo(3);
    assertThat(totals.get("searches")).isEqualTo(1);
    assertThat(totals.get("search_p95_ms")).isNotNull();
    assertThat(totals.get("users")).isEqualTo(3);
    List<Map<String, Object>> apps = (List<Map<String, Object>>) r.at("apps");
    assertThat(apps).extracting(a -> a.get("name")).containsExactlyInAnyOrder("bot", "shop");
    Map<String, Object> shopRow =
        apps.stream().filter(a -> a.get("app_id").equals(shop)).findFirst().orElseThrow();
    assertThat(shopRow.get("events")).isEqualTo(4);
    assertThat((Double) shopRow.get("accuracy")).isEqualTo(0.25);
    assertThat(shopRow.get("facts_learned")).isEqualTo(2);
    List<Map<String, Object>> daily = (List<Map<String, Object>>) r.at("daily");
    assertThat(daily).hasSize(7);
    assertThat(daily.get(6).get("events")).isEqualTo(12);
    assertThat(section(r, "change")).containsKeys("events", "facts_learned", "searches");
  }

  @Test
  void anotherOrganizationsAnalyticsAreNotFound() {
    for (String path :
        List.of(
            app(bot, "/dashboard"),
            app(bot, "/metrics/all"),
            app(bot, "/trends/all"),
            app(bot, "/insights"),
            app(bot, "/domains"),
            app(bot, "/patterns/all"),
            app(bot, "/recommendations/all"),
            "/admin/v1/apps/" + bot + "/metrics/current")) {
      Http.Response r = http.get(path, Http.bearer(otherAdmin));
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.text("error.code")).as(path).isEqualTo("app_not_found");
    }
    Http.Response history = http.post(app(bot, "/history"), "{}", Http.bearer(otherAdmin));
    assertThat(history.status()).isEqualTo(404);
    Http.Response orgView =
        http.get("/admin/v1/orgs/" + org + "/analytics", Http.bearer(otherAdmin));
    assertThat(orgView.status()).isEqualTo(404);
    assertThat(orgView.text("error.code")).isEqualTo("org_not_found");
    assertThat(http.get(app(bot, "/dashboard")).status()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void toolSessionsAndComparisonAnswer() {
    Http.Response started =
        http.post(
            "/v1/tool-sessions/start",
            http.toJson(Map.of("tool_id", "agent-billing")),
            Http.bearer(botKey));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    Http.Response active =
        http.get("/admin/v1/apps/" + bot + "/tool-sessions/active", Http.bearer(viewer));
    assertThat(active.status()).as(active.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) active.at("sessions"))
        .extracting(s -> s.get("session_id"))
        .contains(started.text("session_id"));

    Http.Response compared =
        http.get(
            "/admin/v1/apps/"
                + bot
                + "/metrics/compare?tool_ids=agent-billing&tool_ids=agent-support&hours=24",
            Http.bearer(viewer));
    assertThat(compared.status()).as(compared.body()).isEqualTo(200);
    Map<String, Object> tools = section(compared, "tools");
    assertThat(tools).containsOnlyKeys("agent-billing", "agent-support");
    assertThat(((Map<String, Object>) tools.get("agent-support")).get("learning_events"))
        .isEqualTo(2);

    Http.Response one =
        http.get(
            "/admin/v1/apps/" + bot + "/metrics/compare?tool_ids=agent-billing",
            Http.bearer(viewer));
    assertThat(one.status()).isEqualTo(400);
    assertThat(one.text("error.field")).isEqualTo("tool_ids");
    assertThat(
            http.get("/admin/v1/apps/" + bot + "/tool-sessions/active", Http.bearer(otherAdmin))
                .status())
        .isEqualTo(404);
  }

  @Test
  void reportsDownloadForTheAppAndTheOrganization() {
    Http.Response app =
        http.get(app(bot, "/reports/learning/all?format=json&days=7"), Http.bearer(viewer));
    assertThat(app.status()).as(app.body()).isEqualTo(200);
    assertThat(app.header("Content-Type")).startsWith("application/json");
    assertThat(app.header("Content-Disposition"))
        .startsWith("attachment; filename=\"engram-learning-" + bot);
    assertThat(app.map()).isNotEmpty();

    Http.Response org =
        http.get(
            "/admin/v1/orgs/" + this.org + "/analytics/reports/executive?format=json&days=7",
            Http.bearer(viewer));
    assertThat(org.status()).as(org.body()).isEqualTo(200);
    assertThat(org.header("Content-Disposition")).contains("engram-executive-" + this.org);
    Http.Response pdf =
        http.get(
            "/admin/v1/orgs/" + this.org + "/analytics/reports/executive?format=pdf&period=week",
            Http.bearer(viewer));
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");

    assertThat(http.get(app(bot, "/reports/learning/all"), Http.bearer(otherAdmin)).status())
        .isEqualTo(404);
    assertThat(
            http.get(
                    "/admin/v1/orgs/" + this.org + "/analytics/reports/executive",
                    Http.bearer(otherAdmin))
                .status())
        .isEqualTo(404);
    Http.Response format =
        http.get(app(bot, "/reports/learning/all?format=docx"), Http.bearer(viewer));
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.text("error.field")).isEqualTo("format");
    Http.Response type = http.get(app(bot, "/reports/weekly/all"), Http.bearer(viewer));
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.text("error.field")).isEqualTo("type");
  }

  @Test
  void badInputNamesTheField() {
    Http.Response domain = http.get(app(bot, "/metrics/nope"), Http.bearer(viewer));
    assertThat(domain.status()).isEqualTo(400);
    assertThat(domain.text("error.field")).isEqualTo("domain");
    Http.Response metric = http.get(app(bot, "/trends/all?metric=nope"), Http.bearer(viewer));
    assertThat(metric.status()).isEqualTo(400);
    assertThat(metric.text("error.field")).isEqualTo("metric");
    Http.Response days =
        http.get("/admin/v1/orgs/" + org + "/analytics?days=100000", Http.bearer(viewer));
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.text("error.field")).isEqualTo("days");
    Http.Response history =
        http.post(app(bot, "/history"), "{\"source\":\"nope\"}", Http.bearer(viewer));
    assertThat(history.status()).isEqualTo(400);
    assertThat(history.text("error.field")).isEqualTo("source");
  }
}
