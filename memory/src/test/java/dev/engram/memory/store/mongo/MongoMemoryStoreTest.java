package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
    client =
        MongoClients.create(
            MongoClientFactory.settings(
                "mongodb://" + address.getHostString() + ":" + address.getPort(),
                MongoConfiguration.defaults()));
    store = new MongoMemoryStore(client, MongoConfiguration.defaults());
  }

  @Override
  protected MemoryStore store() {
    return store;
  }

  @Override
  protected Map<String, Long> storage(String appId) {
    return MongoStorage.of(client.getDatabase(MongoConfiguration.defaults().database()), appId);
  }

  @AfterAll
  void stopServer() {
    client.close();
    server.shutdownNow();
  }
}
