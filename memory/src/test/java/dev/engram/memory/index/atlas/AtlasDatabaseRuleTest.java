package dev.engram.memory.index.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.mongo.MongoStatus;
import dev.engram.memory.store.mongo.MongoStores;
import dev.engram.memory.testing.Memories;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The MongoDB store and the Atlas index read one database: {@code engram.mongodb.database} when
 * set, else the URI's, else {@code engram}. Before, the store took the setting (default {@code
 * engram}) and the index the URI's: with {@code mongodb+srv://…/prod} search read another database.
 */
class AtlasDatabaseRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private final MongoServer server = MongoStores.testPeer();
  private final java.net.InetSocketAddress address = server.bind();

  @AfterEach
  void stop() {
    server.shutdownNow();
  }

  @Test
  void theDatabaseInTheUriServesStoreAndIndexWhenNoneIsConfigured() {
    assertBothUse(Map.of("mongodb.uri", MongoStores.uri(address, "prod")), "prod");
  }

  @Test
  void theConfiguredDatabaseWinsForStoreAndIndex() {
    assertBothUse(
        Map.of(
            "mongodb.uri",
            MongoStores.uri(address, "prod"),
            "engram.mongodb.database",
            "engram_eu"),
        "engram_eu");
  }

  @Test
  void withoutEitherBothUseEngram() {
    assertBothUse(Map.of("mongodb.uri", MongoStores.uri(address, null)), "engram");
  }

  private static void assertBothUse(Map<String, Object> settings, String database) {
    Map<String, Object> properties = new HashMap<>(settings);
    properties.put("engram.index.kind", "atlas");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      MemoryStore store = context.getBean(MemoryStore.class);
      MemoryIndex index = context.getBean(MemoryIndex.class);
      store.createApp("rule");
      store.insert("rule", List.of(Memories.memory("u1", "one memory", NOW).build()), List.of());

      assertThat(index.count("rule")).as("the index reads what the store wrote").isEqualTo(1);
      assertThat(context.getBean(MongoStatus.class).database()).isEqualTo(database);
      assertThat(
              context
                  .getBean(com.mongodb.client.MongoClient.class)
                  .getDatabase(database)
                  .getCollection("memories_rule")
                  .countDocuments())
          .isEqualTo(1);
    }
  }
}
