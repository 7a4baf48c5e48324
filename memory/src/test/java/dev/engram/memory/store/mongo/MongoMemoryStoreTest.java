package dev.engram.memory.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import dev.engram.memory.store.StoreUsage;
import dev.engram.memory.testing.Memories;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The contract against mongo-java-server, a wire-compatible in-memory test peer (no Atlas). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoMemoryStoreTest extends MemoryStoreContract {
  private static final Instant T = Instant.parse("2026-04-01T00:00:00Z");

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client;
  private final MemoryStore store;

  MongoMemoryStoreTest() {
    InetSocketAddress address = server.bind();
    String uri = MongoStores.uri(address, null);
    client = MongoStores.client(uri, MongoConfiguration.defaults());
    store = new MongoMemoryStore(client, uri, MongoConfiguration.defaults());
  }

  @Override
  protected MemoryStore store() {
    return store;
  }

  @Override
  protected Map<String, Long> storage(String appId) {
    return MongoStorage.of(client.getDatabase(MongoConfiguration.DEFAULT_DATABASE), appId);
  }

  @Test
  void usageReadOnlyTheCountedFieldsAndAgreesWithReadingWholeMemories() {
    String appId = "usage_app";
    store.createApp(appId);
    store.insert(
        appId,
        List.of(
            Memories.memory("u", "likes green tea ✓", T)
                .tags(List.of("drinks", "tea"))
                .metadata(Map.of("source", "crm", "n", 3))
                .context("after: what do you drink?")
                .build(),
            Memories.memory("u", "likes black tea", T).status(MemoryStatus.SUPERSEDED).build()),
        List.of());
    long[] whole = new long[2];
    store.forEach(
        appId,
        m -> {
          whole[0] += m.status() == MemoryStatus.ACTIVE ? 1 : 0;
          whole[1] += MemoryStore.sizeOf(m);
        });

    assertThat(store.usage(appId)).isEqualTo(new StoreUsage(whole[0], whole[1]));
    assertThat(whole[0]).isEqualTo(1);
  }

  @AfterAll
  void stopServer() {
    client.close();
    server.shutdownNow();
  }
}
