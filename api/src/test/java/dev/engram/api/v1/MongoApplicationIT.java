package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The whole application with memories in MongoDB ({@code MONGODB_URI}), here against the
 * wire-compatible test server; the store's own contract suite also runs against it.
 */
@MicronautTest(transactional = false)
class MongoApplicationIT extends ApiTestSupport {
  private final MongoServer mongo = new MongoServer(new MemoryBackend());
  private final InetSocketAddress address = mongo.bind();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("mongodb.uri", "mongodb://" + address.getHostString() + ":" + address.getPort());
    properties.put("engram.mongodb.database", "engram_it");
    return properties;
  }

  @AfterAll
  void stopMongo() {
    mongo.shutdownNow();
  }

  @Test
  void memoriesLiveInMongoDb() {
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("mongo-org")), "mongo-app");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));

    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "u1", "content", "Pia keeps bees in her garden")),
            Http.bearer(key));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("query", "What hobby does Pia have?", "user_id", "u1")),
            Http.bearer(key));

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).contains("Pia keeps bees");
    assertThat(http.get("/health", operator()).text("details.memory.details.store"))
        .isEqualTo("mongodb");
    assertThat(http.delete("/v1/memories?user_id=u1", Http.bearer(key)).at("deleted")).isEqualTo(1);
  }

  @Test
  void healthNamesTheDatabaseAndSaysTheTestPeerHasNoTransactions() {
    Http.Response health = http.get("/health", operator());

    assertThat(health.text("details.mongodb.details.database")).isEqualTo("engram_it");
    assertThat(health.at("details.mongodb.details.transactions")).isEqualTo(false);
    assertThat(health.text("details.mongodb.details.write_atomicity"))
        .contains("repaired at start");
    assertThat(health.at("details.mongodb.details.search_indexes"))
        .as("the Lucene index serves: no Atlas search indexes")
        .isNull();
  }
}
