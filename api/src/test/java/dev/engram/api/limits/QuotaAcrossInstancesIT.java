package dev.engram.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database share an app's memory quota: each keeps its usage
 * cached, but in the last tenth of the limit each re-reads the store before a write, so writes
 * alternating between them stop exactly at the limit instead of each instance filling its own idea
 * of it.
 */
@MicronautTest(transactional = false)
class QuotaAcrossInstancesIT extends ApiTestSupport {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }

  private static Http.Response store(Http via, String key, String user, String content) {
    return via.post(
        "/v1/memories",
        via.toJson(Map.of("user_id", user, "content", content, "resolve", false)),
        Http.bearer(key));
  }

  @Test
  void writesAlternatingBetweenTwoInstancesStopAtTheLimit() throws Exception {
    String root = adminToken();
    String org = createOrg(root, unique("shared-quota"));
    String app = createApp(root, org, "shared");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    Http.Response set =
        http.put(
            "/admin/v1/orgs/" + org + "/limits",
            http.toJson(Map.of("memories_per_app", 10)),
            Http.bearer(root));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    String user = unique("u");

    Map<String, Object> secondProperties = new HashMap<>(getProperties());
    // its own data directory (a Lucene index is never shared), the same database
    secondProperties.put("engram.home", Files.createTempDirectory("engram-second-").toString());
    try (EmbeddedServer second =
        ApplicationContext.run(EmbeddedServer.class, secondProperties, "test")) {
      Http other = new Http(second.getURI(), jsonMapper);
      // the first instance fills 8 of 10; the second reads that, and both keep it cached
      for (int i = 0; i < 8; i++) {
        assertThat(store(http, key, user, "fact number " + i).status()).isEqualTo(201);
      }
      assertThat(store(other, key, user, "fact number 8").status()).isEqualTo(201);
      assertThat(store(http, key, user, "fact number 9").status()).isEqualTo(201);

      // each instance's cache says 9; the store holds 10
      Http.Response fromSecond = store(other, key, user, "fact number 10");
      Http.Response fromFirst = store(http, key, user, "fact number 11");

      assertThat(fromSecond.status()).as(fromSecond.body()).isEqualTo(429);
      assertThat(fromSecond.text("error.code")).isEqualTo("quota_exceeded");
      assertThat(fromFirst.status()).as(fromFirst.body()).isEqualTo(429);
      Http.Response usage = http.get("/admin/v1/apps/" + app + "/usage", Http.bearer(root));
      assertThat(usage.at("memories")).isEqualTo(10);
    }
  }
}
