package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The contract against mongo-java-server, a wire-compatible in-memory test peer (no Atlas). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoMemoryStoreTest extends MemoryStoreContract {
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

  @AfterAll
  void stopServer() {
    client.close();
    server.shutdownNow();
  }
}
