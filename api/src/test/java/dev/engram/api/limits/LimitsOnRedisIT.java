package dev.engram.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Two instances on one database and the Redis at 127.0.0.1:6379 draw from the same token buckets: a
 * key allowed one request per second gets one answer from the two together, not one from each.
 */
@MicronautTest(transactional = false)
class LimitsOnRedisIT extends ApiTestSupport {
  private static final String REDIS = "redis://127.0.0.1:6379";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("engram.limits.redis-url", REDIS);
    return properties;
  }

  @Test
  void twoInstancesShareOneKeysBucket() throws Exception {
    String root = adminToken();
    String org = createOrg(root, unique("redis"));
    String app = createApp(root, org, "redis");
    Http.Response issued = createKey(root, app, List.of("memories:read"));
    String keyId = issued.text("api_key.id");
    String key = issued.text("key");
    assertThat(
            http.put(
                    "/admin/v1/keys/" + keyId + "/limits",
                    "{\"requests_per_second\":1}",
                    Http.bearer(root))
                .status())
        .isEqualTo(200);
    assertThat(
            http.get("/admin/v1/orgs/" + org + "/limits", Http.bearer(root))
                .text("rate_limit_buckets"))
        .isEqualTo("redis");

    Map<String, Object> secondProperties = new HashMap<>(getProperties());
    // its own data directory (a Lucene index is never shared), the same database and Redis
    secondProperties.put("engram.home", TemporaryDirectories.create("engram-second-").toString());
    try (EmbeddedServer second =
        ApplicationContext.run(EmbeddedServer.class, secondProperties, "test")) {
      Http other = new Http(second.getURI(), jsonMapper);
      long started = System.nanoTime();
      List<Http.Response> answers = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
        List<Future<Http.Response>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          Http to = i % 2 == 0 ? http : other;
          sent.add(pool.submit(() -> to.get("/v1/whoami", Http.bearer(key))));
        }
        for (Future<Http.Response> f : sent) {
          answers.add(f.get());
        }
      }
      long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;

      long ok = answers.stream().filter(a -> a.status() == 200).count();
      long limited = answers.stream().filter(a -> a.status() == 429).count();
      assertThat(ok + limited).isEqualTo(answers.size());
      assertThat(ok).as("one bucket for both instances").isBetween(1L, 1 + elapsedSeconds);
      assertThat(limited).isPositive();
    }
    try (RedisClient redis = RedisClient.create(REDIS)) {
      assertThat(redis.exists("engram:rate:key:" + keyId + ":1")).isTrue();
    }
  }
}
