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
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad bodies on the learning and analytics endpoints, which read their JSON themselves: text no
 * store keeps, data after the JSON value and dates outside years 1 to 9999 are a 400 naming the
 * field, and nothing is recorded. {@code PostgresAnalyticsBadInputApiIT} runs them on PostgreSQL.
 */
@MicronautTest(transactional = false)
class AnalyticsBadInputApiIT extends ApiTestSupport {
  private static final String EVENT = "\"event_type\":\"prediction\",\"domain\":\"legal\"";
  private static final String HUGE = "\"+1000000000-12-31T23:59:59Z\"";
  private static final String TINY = "\"-1000000000-01-01T00:00:00Z\"";

  @Inject DataSource dataSource;

  private String app;
  private String key;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("analytics-bad-input"));
    app = createApp(root, org, "analytics-bad-input");
    key =
        createKeySecret(
            root,
            app,
            List.of("memories:read", "memories:write", "analytics:write", "analytics:read"));
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        bad("/v1/learning/events", "{" + EVENT + ",\"user_id\":\"al\\u0000ice\"}", "user_id"),
        bad(
            "/v1/learning/events",
            "{" + EVENT + ",\"input\":{\"text\":\"a\\u0000b\"}}",
            "input.text"),
        bad(
            "/v1/learning/events",
            "{" + EVENT + ",\"metadata\":{\"source\":\"\\ud800\"}}",
            "metadata.source"),
        bad("/v1/learning/events", "{" + EVENT + ",\"input\":{\"k\\u0000\":1}}", "input"),
        bad(
            "/v1/learning/events",
            "{\"events\":[{" + EVENT + "},{" + EVENT + ",\"input\":{\"q\":\"\\udc00\"}}]}",
            "events[1].input.q"),
        bad("/v1/learning/events", "{" + EVENT + ",\"timestamp\":" + HUGE + "}", "timestamp"),
        bad("/v1/learning/events", "{" + EVENT + "} {" + EVENT + "}", null, "invalid_json"),
        bad("/v1/learning/feedback", "{\"verdict\":\"useful\",\"query\":\"tea\\u0000\"}", "query"),
        bad("/v1/learning/feedback", "{\"verdict\":\"useful\",\"user_id\":\"\\ud800\"}", "user_id"),
        bad("/v1/learning/feedback", "{\"verdict\":\"useful\"} trailing", null, "invalid_json"),
        bad(
            "/v1/analytics/events",
            "{\"event_type\":\"checkout\",\"domain\":\"shop\",\"output\":{\"prediction\":{\"label\":\"\\u0000\"}}}",
            "output.prediction.label"),
        bad(
            "/v1/analytics/events",
            "{\"event_type\":\"checkout\",\"domain\":\"shop\"}]",
            null,
            "invalid_json"),
        bad(
            "/v1/analytics/query",
            "{\"metrics\":[\"events\"],\"filters\":{\"agent\":[\"a\\u0000\"]}}",
            "filters.agent[0]"),
        bad("/v1/analytics/query", "{\"metrics\":[\"events\"],\"to\":" + HUGE + "}", "to"),
        bad("/v1/analytics/query", "{\"metrics\":[\"events\"],\"from\":" + TINY + "}", "from"),
        bad("/v1/analytics/query", "{\"metrics\":[\"events\"],\"to\":\"+10000-01-01\"}", "to"),
        bad("/v1/analytics/query", "{\"metrics\":[\"events\"]} x", null, "invalid_json"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("badBodies")
  void refusesBadBodiesNamingTheFieldAndRecordsNothing(
      String path, String body, String field, String code) {
    long before = recorded();

    Http.Response response = http.post(path, body, Http.bearer(key));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).as(response.body()).isEqualTo(code);
    assertThat(response.text("error.field")).as(response.body()).isEqualTo(field);
    assertThat(response.text("error.message"))
        .as(response.body())
        .isNotBlank()
        .doesNotContainIgnoringCase("jackson")
        .doesNotContain("java.")
        .doesNotContain("Exception")
        .doesNotContainIgnoringCase("sql");
    assertThat(recorded()).isEqualTo(before);
  }

  @Test
  void aWindowParameterOutsideYears1To9999IsRefusedNamingIt() {
    Http.Response response =
        http.get("/v1/analytics/metrics/all?to=%2B1000000000-12-31T23:59:59Z", Http.bearer(key));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.field")).isEqualTo("to");
  }

  @Test
  void storableTextWithPairedSurrogatesIsRecorded() {
    Http.Response response =
        http.post(
            "/v1/learning/events",
            "{" + EVENT + ",\"input\":{\"text\":\"tea \\ud83c\\udf75\"}}",
            Http.bearer(key));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  private static Arguments bad(String path, String body, String field) {
    return bad(path, body, field, "invalid_field");
  }

  private static Arguments bad(String path, String body, String field, String code) {
    return Arguments.of(path, body, field, code);
  }

  private long recorded() {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from learning_events where app_id = ?")) {
      s.setString(1, app);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
