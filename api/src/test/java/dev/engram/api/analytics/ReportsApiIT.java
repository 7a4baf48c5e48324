package dev.engram.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.analytics.SearchRecorder;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports over HTTP on 14 days of learning events, memory writes and a search: JSON, CSV, HTML and
 * PDF (opened with PDFBox) carry the recorded numbers; another app's key sees none of them; a bad
 * type, format, period, domain or window is a 400 naming the field.
 */
@MicronautTest(transactional = false)
class ReportsApiIT extends ApiTestSupport {
  private static final int DAYS = 14;
  private static final int PER_DAY = 10;
  private static final int CORRECT_PER_DAY = 7;

  @Inject SearchRecorder searches;

  private final HttpClient client = HttpClient.newHttpClient();
  private String key;
  private String otherKey;
  private String readOnlyMemoriesKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("reports-org"));
    String app = createApp(root, org, "Shop assistant");
    String other = createApp(root, org, "Hidden other app");
    key =
        createKeySecret(
            root,
            app,
            List.of("memories:read", "memories:write", "analytics:read", "analytics:write"));
    otherKey = createKeySecret(root, other, List.of("analytics:read"));
    readOnlyMemoriesKey = createKeySecret(root, app, List.of("memories:read"));
    String user = unique("rita");
    for (int daysAgo = DAYS - 1; daysAgo >= 0; daysAgo--) {
      Instant at =
          Instant.now()
              .truncatedTo(ChronoUnit.DAYS)
              .minus(daysAgo, ChronoUnit.DAYS)
              .plusSeconds(60);
      if (at.isAfter(Instant.now())) {
        at = Instant.now().minusSeconds(1);
      }
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = 0; i < PER_DAY; i++) {
        batch.add(
            Map.of(
                "eventType",
                "feedback",
                "domain",
                "billing",
                "agentId",
                "biller-a",
                "userId",
                user,
                "timestamp",
                at.toString(),
                "output",
                Map.of("confidence", 0.9),
                "feedback",
                Map.of("rating", 4, "correct", i < CORRECT_PER_DAY)));
      }
      Http.Response r =
          http.post("/v1/learning/events", http.toJson(Map.of("events", batch)), Http.bearer(key));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of("user_id", user, "content", "Rita pays by invoice", "category", "billing")),
            Http.bearer(key));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("user_id", user, "query", "how does Rita pay")),
            Http.bearer(key));
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    searches.flush();
  }

  @Test
  void executiveJsonCarriesTheRecordedNumbersOfTheKeysAppOnly() {
    Http.Response r = http.get("/v1/analytics/reports/executive/all?days=14", Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.text("type")).isEqualTo("executive");
    assertThat(r.text("from"))
        .isEqualTo(
            Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .minus(DAYS - 1, ChronoUnit.DAYS)
                .toString()
                .substring(0, 10));
    assertThat(((Number) r.at("sections.trend.figures.events.value")).doubleValue())
        .isEqualTo(DAYS * PER_DAY);
    assertThat(((Number) r.at("sections.summary.figures.accuracy.value")).doubleValue())
        .isCloseTo((double) CORRECT_PER_DAY / PER_DAY, within(1e-9));
    assertThat(((Number) r.at("sections.summary.figures.searches.value")).doubleValue())
        .isEqualTo(1);
    assertThat(((Number) r.at("sections.summary.figures.facts_learned.value")).doubleValue())
        .isGreaterThanOrEqualTo(1);
    assertThat(((Number) r.at("sections.trend.figures.events.previous")).doubleValue()).isZero();
    List<?> apps = (List<?>) r.at("sections.usage.tables.apps.rows");
    assertThat(apps).hasSize(1);
    assertThat(r.body()).contains("Shop assistant").doesNotContain("Hidden other app");
    assertThat(r.body()).contains("biller-a");

    Http.Response other =
        http.get("/v1/analytics/reports/executive/all?days=14", Http.bearer(otherKey));
    assertThat(other.status()).as(other.body()).isEqualTo(200);
    assertThat(((Number) other.at("sections.trend.figures.events.value")).doubleValue()).isZero();
    assertThat(other.body()).doesNotContain("biller-a").doesNotContain("Shop assistant");
  }

  @Test
  void executivePdfOpensWithItsSectionsAndNumberedPages() throws Exception {
    HttpResponse<byte[]> r = raw("/v1/analytics/reports/executive/all?format=pdf&days=14");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"engram-executive-")
        .endsWith(".pdf\"");
    try (PDDocument pdf = Loader.loadPDF(r.body())) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Executive report",
              "app Shop assistant",
              "Memory growth",
              "Usage by app and agent",
              "Anomalies and insights",
              "Trend versus the previous period",
              "Recommendations",
              "biller-a",
              "Learning events " + String.format("%,d", DAYS * PER_DAY),
              "Agent accuracy 70.0 %",
              "page " + pages + " of " + pages)
          .doesNotContain("Hidden other app");
    }
  }

  @Test
  void htmlAndCsvOfTheLearningReport() throws IOException {
    Http.Response html =
        http.get("/v1/analytics/reports/learning/billing?format=html&days=14", Http.bearer(key));
    assertThat(html.status()).as(html.body()).isEqualTo(200);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Learning report</h1>", "<svg", "<h2>Feedback</h2>", "70.0 %");

    Http.Response csv =
        http.get("/v1/analytics/reports/learning/billing?format=csv&days=14", Http.bearer(key));
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertThat(records)
        .anySatisfy(
            rec -> {
              assertThat(rec.get("section")).isEqualTo("summary");
              assertThat(rec.get("key")).isEqualTo("events");
              assertThat(rec.get("value")).isEqualTo(Integer.toString(DAYS * PER_DAY));
            });
    assertThat(records)
        .anySatisfy(
            rec -> {
              assertThat(rec.get("item")).isEqualTo("table:learning_event_types");
              assertThat(rec.get("key")).isEqualTo("feedback");
              assertThat(rec.get("column")).isEqualTo("events");
              assertThat(rec.get("value")).isEqualTo(Integer.toString(DAYS * PER_DAY));
            });
  }

  @Test
  void performanceAndBusinessReportsOfADomain() {
    Http.Response perf =
        http.get("/v1/analytics/reports/performance/billing?period=week", Http.bearer(key));
    assertThat(perf.status()).as(perf.body()).isEqualTo(200);
    assertThat(perf.text("domain")).isEqualTo("billing");
    assertThat(((Number) perf.at("days")).intValue()).isEqualTo(7);
    assertThat((Map<?, ?>) perf.at("sections.summary.tables.domains")).isNotNull();

    Http.Response business =
        http.get("/v1/analytics/reports/business/all?format=json&days=14", Http.bearer(key));
    assertThat(business.status()).as(business.body()).isEqualTo(200);
    assertThat(((Number) business.at("sections.summary.figures.active_users.value")).doubleValue())
        .isEqualTo(1);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("/v1/analytics/reports/quarterly/all", "type", "invalid_field"),
        Arguments.of("/v1/analytics/reports/executive/all?format=docx", "format", "invalid_field"),
        Arguments.of("/v1/analytics/reports/executive/all?period=year", "period", "invalid_field"),
        Arguments.of(
            "/v1/analytics/reports/executive/all?period=week&days=3", "period", "invalid_field"),
        Arguments.of("/v1/analytics/reports/executive/billing", "domain", "invalid_field"),
        Arguments.of("/v1/analytics/reports/learning/nosuch", "domain", "unknown_domain"),
        Arguments.of(
            "/v1/analytics/reports/learning/billing?days=5000", "days", "range_over_retention"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badInputIsA400NamingTheField(String path, String field, String code) {
    Http.Response r = http.get(path, Http.bearer(key));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.text("error.field")).as(r.body()).isEqualTo(field);
    assertThat(r.text("error.code")).as(r.body()).isEqualTo(code);
  }

  @Test
  void aKeyWithoutAnalyticsReadIsRefused() {
    Http.Response r =
        http.get("/v1/analytics/reports/executive/all", Http.bearer(readOnlyMemoriesKey));
    assertThat(r.status()).as(r.body()).isEqualTo(403);
  }

  private HttpResponse<byte[]> raw(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .header("Authorization", "Bearer " + key)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
