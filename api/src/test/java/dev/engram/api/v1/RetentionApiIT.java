package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.retention.Retention;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention at its defaults over HTTP: a superseded version older than 30 days is pruned, and the
 * evolution views of its successor say so instead of breaking.
 */
@MicronautTest(transactional = false)
class RetentionApiIT extends ApiTestSupport {
  private String key;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("retention-org"));
    key =
        createKeySecret(
            root, createApp(root, org, "retention"), List.of("memories:read", "memories:write"));
  }

  @SuppressWarnings("unchecked")
  private String write(String user, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) response.at("results")).get(0).get("memory_id").toString();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aChainWhosePreviousVersionWasPrunedSaysSo() {
    String user = unique("ret");
    String berlin = write(user, "User lives in Berlin");
    String munich = write(user, "User moved to Munich");
    Http.Response before = http.get("/v1/memories/" + munich + "/chain", Http.bearer(key));
    assertThat(before.at("length")).isEqualTo(2);
    assertThat(before.at("pruned_previous_id")).isNull();
    Retention retention = server.getApplicationContext().getBean(Retention.class);

    clock.advance(Duration.ofDays(29));
    assertThat(retention.pruneAll().versions()).isZero();
    clock.advance(Duration.ofDays(2));
    assertThat(retention.pruneAll().versions()).isEqualTo(1);

    Http.Response chain = http.get("/v1/memories/" + munich + "/chain", Http.bearer(key));
    assertThat(chain.status()).as(chain.body()).isEqualTo(200);
    assertThat(chain.at("length")).isEqualTo(1);
    assertThat(chain.text("pruned_previous_id")).isEqualTo(berlin);
    assertThat((List<Map<String, Object>>) chain.at("versions"))
        .extracting(v -> v.get("id"))
        .containsExactly(munich);
    Http.Response report =
        http.get("/v1/memories/" + munich + "/report?format=json", Http.bearer(key));
    assertThat(report.text("pruned_previous_id")).isEqualTo(berlin);
    assertThat(http.get("/v1/memories/" + munich + "/report?format=text", Http.bearer(key)).body())
        .contains("older versions pruned by retention; the previous one was " + berlin);
    assertThat(http.get("/v1/memories/" + berlin, Http.bearer(key)).status()).isEqualTo(404);
    Http.Response events = http.get("/v1/memories/" + munich + "/events", Http.bearer(key));
    assertThat(events.status()).isEqualTo(200);
    assertThat(events.body()).containsIgnoringCase("update");
  }
}
