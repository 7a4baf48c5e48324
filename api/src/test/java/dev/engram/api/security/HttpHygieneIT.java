package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.BeanProvider;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headers of every response (no sniffing, no framing, no referrer, a CSP; no server version), and
 * CORS only for the configured console origin.
 */
@MicronautTest(transactional = false)
class HttpHygieneIT extends ApiTestSupport {
  @Inject BeanProvider<RealtimeGateway> gateway;
  private static final String CONSOLE = "https://console.example.test";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("engram.console.origins", CONSOLE);
    return properties;
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeadersAndNoServerName() {
    List<Http.Response> answers =
        List.of(
            http.get("/health"),
            http.get("/v1/whoami"),
            http.get("/v1/whoami", Http.bearer("eng_not-a-key")),
            http.post(
                "/admin/v1/login", "{\"username\":\"admin\",\"password\":\"wrong password\"}"),
            http.get("/admin/v1/orgs", Http.bearer(adminToken())),
            http.get("/no/such/path"),
            http.get("/admin"));
    for (Http.Response answer : answers) {
      String what = answer.raw().request().uri().getPath() + " " + answer.status();
      assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
      assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
      assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
      assertThat(answer.header("Content-Security-Policy"))
          .as(what)
          .contains("frame-ancestors 'none'");
      assertThat(answer.raw().headers().firstValue("Server")).as(what).isEmpty();
      assertThat(answer.body())
          .as(what)
          .doesNotContainIgnoringCase("micronaut")
          .doesNotContain("Netty");
    }
  }

  @Test
  void theRealtimeGatewaysAnswersCarryTheHeadersToo() {
    int port = gateway.find(null).orElseThrow().port();
    Http direct = new Http(java.net.URI.create("http://localhost:" + port), jsonMapper);
    for (Http.Response answer :
        List.of(direct.get("/health"), direct.get("/v1/stream/events"), direct.get("/nowhere"))) {
      String what = answer.raw().request().uri().getPath() + " " + answer.status();
      assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
      assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
      assertThat(answer.header("Content-Security-Policy")).as(what).contains("default-src 'none'");
      assertThat(answer.raw().headers().firstValue("Server")).as(what).isEmpty();
    }
  }

  @Test
  void apiAnswersMayLoadNothingAndConsolePagesOnlyFromHereAndTheGateway() {
    assertThat(http.get("/v1/whoami").header("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");

    Http.Response page = http.get("/admin/orgs");

    String policy = page.header("Content-Security-Policy");
    assertThat(policy)
        .contains(
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(policy).containsPattern("connect-src 'self' http://localhost:\\d+;");
    assertThat(http.get("/admin/v1/me", Http.bearer(adminToken())).header("Cache-Control"))
        .isEqualTo("no-store");
  }

  @Test
  void theConsoleOriginMayCallAcrossOriginsAndNoOtherOrigin() {
    Http.Response allowed = preflight(CONSOLE);
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(CONSOLE);
    assertThat(allowed.header("Access-Control-Allow-Headers"))
        .containsIgnoringCase("authorization");

    Http.Response refused = preflight("https://evil.example.test");
    assertThat(refused.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(refused.status()).isEqualTo(403);

    Http.Response simple = http.get("/health", "Origin", "https://evil.example.test");
    assertThat(simple.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    Http.Response fromConsole = http.get("/health", "Origin", CONSOLE);
    assertThat(fromConsole.header("Access-Control-Allow-Origin")).isEqualTo(CONSOLE);
  }

  private Http.Response preflight(String origin) {
    return http.send(
        HttpRequest.newBuilder(server.getURI().resolve("/admin/v1/orgs"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
        "Origin",
        origin,
        "Access-Control-Request-Method",
        "POST",
        "Access-Control-Request-Headers",
        "authorization,content-type");
  }
}
