package dev.engram.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database share an app's memory quota: each keeps its usage
 * cached, but in the last tenth of the limit each re-reads the store before a write, so writes
 * alternating between them stop exactly at the limit instead of each instance filling its own idea
 * of it. Many writers racing on both instances near the limit never pass it: the check and the
 * count are one atomic step in the database.
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
    secondProperties.put("engram.home", TemporaryDirectories.create("engram-second-").toString());
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

  @Test
  void concurrentWritersOnTwoInstancesNeverPassTheLimit() throws Exception {
    String root = adminToken();
    String org = createOrg(root, unique("race-quota"));
    String app = createApp(root, org, "race");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    int limit = 40;
    Http.Response set =
        http.put(
            "/admin/v1/orgs/" + org + "/limits",
            http.toJson(Map.of("memories_per_app", limit)),
            Http.bearer(root));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    String user = unique("u");

    Map<String, Object> secondProperties = new HashMap<>(getProperties());
    secondProperties.put("engram.home", TemporaryDirectories.create("engram-second-").toString());
    try (EmbeddedServer second =
        ApplicationContext.run(EmbeddedServer.class, secondProperties, "test")) {
      Http other = new Http(second.getURI(), jsonMapper);
      // 30 of 40 stored, read by both instances
      for (int i = 0; i < 30; i++) {
        assertThat(store(i % 2 == 0 ? http : other, key, user, "filler fact " + i).status())
            .isEqualTo(201);
      }

      // 48 writers, half on each instance, released together: 10 may succeed
      int writers = 48;
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Http.Response>> answers = new java.util.ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
        for (int i = 0; i < writers; i++) {
          Http via = i % 2 == 0 ? http : other;
          String content = "racing fact " + i;
          Callable<Http.Response> write =
              () -> {
                start.await();
                return store(via, key, user, content);
              };
          answers.add(pool.submit(write));
        }
        start.countDown();
        int stored = 0;
        int refused = 0;
        for (Future<Http.Response> answer : answers) {
          Http.Response response = answer.get();
          if (response.status() == 201) {
            stored++;
          } else {
            assertThat(response.status()).as(response.body()).isEqualTo(429);
            assertThat(response.text("error.code")).isEqualTo("quota_exceeded");
            refused++;
          }
        }
        assertThat(stored + refused).isEqualTo(writers);
        assertThat(stored).as("exactly the room left was used").isEqualTo(limit - 30);
      }
      Http.Response usage = http.get("/admin/v1/apps/" + app + "/usage", Http.bearer(root));
      assertThat(usage.at("memories")).isEqualTo(limit);
    }
  }
}
