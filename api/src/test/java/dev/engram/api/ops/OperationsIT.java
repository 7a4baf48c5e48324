package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OperationsIT extends ApiTestSupport {
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("micronaut.server.max-request-size", "4KB");
    return properties;
  }

  @Test
  void healthIsUpWithTheDatabaseComponent() {
    Http.Response health = http.get("/health", operator());
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    assertThat(health.text("details.database.status")).isEqualTo("UP");
    assertThat(health.text("details.database.details.product")).isEqualTo("H2");
    assertThat(health.text("details.memory.status")).isEqualTo("UP");
    assertThat(health.text("details.memory.details.store")).isEqualTo("jdbc");
    assertThat(health.text("details.memory.details.index")).isEqualTo("lucene");
    assertThat(health.text("details.memory.details.single_instance")).isEqualTo("true");
    assertThat(health.text("details.memory.details.embeddings")).isEqualTo("all-minilm-l6-v2-q");
    assertThat(health.text("details.memory.details.engine")).isEqualTo("rules");
  }

  @Test
  void prometheusExposesHttpServerMetrics() {
    http.get("/v1/whoami");
    Http.Response metrics = http.get("/prometheus", operator());
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void publicHealthAnswersOnlyItsStatus() {
    Http.Response health = http.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.map()).isEqualTo(Map.of("status", "UP"));
    assertThat(health.body()).doesNotContain("H2").doesNotContain("database");
    Http.Response console = http.get("/health", Http.bearer(adminToken()));
    assertThat(console.map()).as("a console token is no operator token").hasSize(1);
    assertThat(http.get("/health", Http.bearer("wrong-token")).map()).hasSize(1);
  }

  @Test
  void metricsAndRoutesNeedTheOperatorToken() {
    for (String path : new String[] {"/prometheus", "/metrics", "/routes"}) {
      Http.Response anonymous = http.get(path);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.text("error.code")).isEqualTo("operator_token_required");
      assertThat(http.get(path, Http.bearer("wrong-token")).status()).as(path).isEqualTo(401);
      assertThat(http.get(path, Http.bearer(adminToken())).status()).as(path).isEqualTo(401);
      assertThat(http.get(path, operator()).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theRouteListNamesEveryRouteForTheOperator() {
    Map<String, Object> routes = http.get("/routes", operator()).map();
    assertThat(routes.keySet())
        .anyMatch(k -> k.startsWith("{[/v1/memories],method=[POST]"))
        .anyMatch(k -> k.startsWith("{[/admin/v1/orgs],method=[GET]"));
  }

  @Test
  void managementEndpointsOtherThanTheOperatorOnesAreOff() {
    // /flyway answered anyone with the migration history and the install path
    for (String path : new String[] {"/flyway", "/beans", "/env", "/loggers", "/info"}) {
      assertThat(http.get(path).status()).as(path).isIn(401, 404);
      assertThat(http.get(path, operator()).status()).as(path).isIn(401, 404);
    }
  }

  @Test
  void everyResponseForbidsContentSniffing() {
    assertThat(http.get("/health").header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(http.get("/v1/whoami").header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(http.get("/no/such/page").header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(http.get("/docs/index.html").header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void docsPageAndOpenApiDocumentAreServed() {
    Http.Response docs = http.get("/docs/index.html");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).containsIgnoringCase("redoc");
    assertThat(docs.body()).doesNotContain("https://cdn");
    assertThat(http.get("/docs").status()).isEqualTo(200);
    Http.Response spec = http.get("/openapi/engram.yml");
    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.body()).contains("/v1/whoami").contains("/admin/v1/orgs");
  }

  @Test
  void requestIdIsEchoedOrGenerated() {
    assertThat(http.get("/health", "X-Request-Id", "trace-123").header("X-Request-Id"))
        .isEqualTo("trace-123");
    assertThat(http.get("/health").header("X-Request-Id")).isNotBlank();
    assertThat(http.get("/health", "X-Request-Id", "bad id\twith spaces").header("X-Request-Id"))
        .isNotEqualTo("bad id\twith spaces");
  }

  @Test
  void oversizedBodyIsRefused() {
    String admin = adminToken();
    Http.Response response =
        http.post(
            "/admin/v1/orgs", "{\"name\":\"" + "x".repeat(10_000) + "\"}", Http.bearer(admin));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.text("error.code")).isEqualTo("body_too_large");
  }

  @Test
  void unknownPathsGetTheErrorShape() {
    Http.Response response = http.get("/v1/nothing-here", "X-Request-Id", "rid-1");
    assertThat(response.status()).isIn(401, 404);
    assertThat(response.text("error.request_id")).isEqualTo("rid-1");
    assertThat(response.text("error.code")).isNotBlank();
  }
}
