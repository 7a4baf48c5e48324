package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.memory.store.MemoryStore;
import java.net.InetSocketAddress;

/** The real MongoDB store for tests of other packages (the Atlas index writes through it). */
public final class MongoStores {
  private MongoStores() {}

  /** A client with the store's settings (Stable API v1 when {@code config.atlas()}). */
  public static MongoClient client(String uri, MongoConfiguration config) {
    return MongoClients.create(MongoClientFactory.settings(uri, config));
  }

  /** The store over the database {@link MongoConfiguration#databaseName} picks. */
  public static MemoryStore store(MongoClient client, String uri, MongoConfiguration config) {
    return new MongoMemoryStore(client, uri, config);
  }

  /** A started wire-compatible test peer (no transactions, no search indexes). */
  public static MongoServer testPeer() {
    return new MongoServer(new MemoryBackend());
  }

  /** The URI of a bound test peer, with the database path when not null. */
  public static String uri(InetSocketAddress address, String database) {
    return "mongodb://"
        + address.getHostString()
        + ":"
        + address.getPort()
        + (database == null ? "" : "/" + database);
  }
}
