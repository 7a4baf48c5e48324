package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBAtlasLocalContainer;

/**
 * The whole application on Atlas ({@code engram.index.kind=atlas}, {@code engram.mongodb.atlas})
 * against {@code mongodb/mongodb-atlas-local}: an app's search indexes are created with it and
 * reported in {@code /health} until they are queryable, a memory is found by meaning and by the
 * words of its context, writes are transactions, and deleting the app drops its search indexes.
 * Skipped where no Docker engine runs (the MongoDB store over HTTP runs here in {@link
 * MongoApplicationIT}).
 */
@Testcontainers(disabledWithoutDocker = true)
@MicronautTest(transactional = false)
class AtlasApplicationIT extends ApiTestSupport {
  private static final MongoDBAtlasLocalContainer ATLAS =
      new MongoDBAtlasLocalContainer("mongodb/mongodb-atlas-local:8.0");
  private static final Duration INDEXING = Duration.ofSeconds(90);

  @Override
  public Map<String, String> getProperties() {
    ATLAS.start(); // Testcontainers stops it with the JVM (Ryuk)
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("mongodb.uri", ATLAS.getConnectionString() + "/engram_atlas_it");
    properties.put("engram.mongodb.atlas", "true");
    properties.put("engram.index.kind", "atlas");
    return properties;
  }

  @Test
  void anAppOnAtlasIsIndexedSearchedAndDroppedWithItsSearchIndexes() {
    String root = adminToken();
    String org = createOrg(root, unique("atlas-org"));
    String app = createApp(root, org, "atlas-app");
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));

    Http.Response health = http.get("/health", operator());
    assertThat(health.at("details.mongodb.details.transactions")).isEqualTo(true);
    await()
        .atMost(INDEXING)
        .untilAsserted(
            () ->
                assertThat(
                        http.get("/health", operator())
                            .text("details.mongodb.details.search_indexes"))
                    .isEqualTo("ready"));
    assertThat(http.get("/prometheus", operator()).body())
        .contains("engram_atlas_search_indexes_building");
    try (MongoClient client = MongoClients.create(ATLAS.getConnectionString())) {
      assertThat(searchIndexes(client, app))
          .containsExactlyInAnyOrder("engram_vector", "engram_text");

      Http.Response added =
          http.post(
              "/v1/memories",
              http.toJson(
                  Map.of(
                      "user_id",
                      "u1",
                      "content",
                      "Pia keeps bees in her garden",
                      "context",
                      "asked about weekend hobbies")),
              Http.bearer(key));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      await()
          .atMost(INDEXING)
          .untilAsserted(
              () ->
                  assertThat(
                          http.post(
                                  "/v1/memories/search",
                                  http.toJson(Map.of("query", "weekend hobbies", "user_id", "u1")),
                                  Http.bearer(key))
                              .body())
                      .as("found by the words of its context")
                      .contains("Pia keeps bees"));

      assertThat(http.delete("/admin/v1/orgs/" + org, Http.bearer(root)).status()).isLessThan(300);
      await()
          .atMost(INDEXING)
          .untilAsserted(() -> assertThat(searchIndexes(client, app)).isEmpty());
    }
  }

  private static List<String> searchIndexes(MongoClient client, String app) {
    List<String> names = new ArrayList<>();
    for (var index :
        client
            .getDatabase("engram_atlas_it")
            .getCollection("memories_" + app)
            .listSearchIndexes()) {
      names.add(index.getString("name"));
    }
    return names;
  }
}
