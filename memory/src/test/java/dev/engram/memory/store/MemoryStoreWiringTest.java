package dev.engram.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.Filters;
import dev.engram.memory.testing.Memories;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which store the application context makes: JDBC by default, MongoDB when a URI is set. */
class MemoryStoreWiringTest {
  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void usesTheJdbcStoreOnTheMigratedDefaultDataSourceWhenNoMongoDbIsConfigured() {
    TestDatabase database = TestDatabase.h2();
    try (ApplicationContext context =
        ApplicationContext.run(new HashMap<>(database.properties()))) {
      MemoryStore store = context.getBean(MemoryStore.class);

      assertThat(store.name()).isEqualTo("jdbc");
      assertWorks(store);
    }
  }

  @Test
  void usesTheMongoDbStoreWhenAUriIsConfigured() {
    MongoServer server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    Map<String, Object> properties =
        Map.of(
            "mongodb.uri",
            "mongodb://" + address.getHostString() + ":" + address.getPort(),
            "engram.mongodb.database",
            "wiring");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      MemoryStore store = context.getBean(MemoryStore.class);

      assertThat(store.name()).isEqualTo("mongodb");
      assertWorks(store);
      MongoClient client = context.getBean(MongoClient.class);
      assertThat(client.getDatabase("wiring").listCollectionNames().into(new ArrayList<>()))
          .contains("memories_wired");
    } finally {
      server.shutdownNow();
    }
  }

  private static void assertWorks(MemoryStore store) {
    store.createApp("wired");
    store.insert("wired", List.of(Memories.memory("u", "wired up", NOW).build()), List.of());
    assertThat(
            store
                .list(
                    "wired", Filters.user("u").build(), MemoryFilter.Sort.NEWEST_FIRST, 10, 0, NOW)
                .total())
        .isEqualTo(1);
  }
}
