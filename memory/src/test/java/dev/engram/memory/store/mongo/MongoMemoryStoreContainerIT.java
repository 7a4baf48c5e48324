package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBAtlasLocalContainer;

/**
 * The contract against a real MongoDB (Atlas local, so with the Atlas features switched on: Stable
 * API v1 and float32 vector embeddings). Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoMemoryStoreContainerIT extends MemoryStoreContract {
  private static final MongoConfiguration ATLAS = new MongoConfiguration("engram_it", true);

  private MongoDBAtlasLocalContainer container;
  private MongoClient client;
  private MemoryStore store;

  @BeforeAll
  void startMongo() {
    container = new MongoDBAtlasLocalContainer("mongodb/mongodb-atlas-local:8.0");
    container.start();
    client =
        MongoClients.create(MongoClientFactory.settings(container.getConnectionString(), ATLAS));
    store = new MongoMemoryStore(client, container.getConnectionString(), ATLAS);
  }

  @Override
  protected MemoryStore store() {
    return store;
  }

  @Override
  protected Map<String, Long> storage(String appId) {
    return MongoStorage.of(client.getDatabase(ATLAS.database()), appId);
  }

  @AfterAll
  void stopMongo() {
    if (client != null) {
      client.close();
    }
    if (container != null) {
      container.stop();
    }
  }
}
