package dev.engram.memory.index.atlas;

import com.mongodb.client.MongoClient;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.index.MemoryIndexContract;
import dev.engram.memory.store.mongo.MongoConfiguration;
import dev.engram.memory.store.mongo.MongoStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBAtlasLocalContainer;

/**
 * {@link MemoryIndexContract} against a real Atlas deployment ({@code mongodb/mongodb-atlas-local}:
 * mongod + mongot with Atlas Search and Vector Search), the documents written by the real MongoDB
 * store with the Atlas features on. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class AtlasMemoryIndexContainerIT extends MemoryIndexContract {
  @Container
  private static final MongoDBAtlasLocalContainer ATLAS =
      new MongoDBAtlasLocalContainer("mongodb/mongodb-atlas-local:8.0");

  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client =
        MongoStores.client(
            ATLAS.getConnectionString(), new MongoConfiguration("engram_index_it", true));
  }

  @AfterAll
  static void disconnect() {
    if (client != null) {
      client.close();
    }
  }

  @Override
  protected MemoryIndex open() {
    return new StoreBackedAtlasIndex(
        client, ATLAS.getConnectionString(), new MongoConfiguration("engram_index_it", true));
  }
}
