package dev.engram.memory.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ServerApi;
import com.mongodb.ServerApiVersion;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The MongoDB client of the memory store, from {@code mongodb.uri} ({@code MONGODB_URI}), and the
 * database that the store and the Atlas index share ({@link MongoConfiguration#databaseName}).
 */
@Factory
@Requires(property = "mongodb.uri")
final class MongoClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  MongoClient mongoClient(@Property(name = "mongodb.uri") String uri, MongoConfiguration config) {
    return MongoClients.create(settings(uri, config));
  }

  @Singleton
  MongoDatabase engramDatabase(
      MongoClient client, @Property(name = "mongodb.uri") String uri, MongoConfiguration config) {
    return client.getDatabase(config.databaseName(uri));
  }

  /** Atlas gets Stable API v1; other servers (and test peers) do not accept it. */
  static MongoClientSettings settings(String uri, MongoConfiguration config) {
    MongoClientSettings.Builder settings =
        MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
    if (config.atlas()) {
      settings.serverApi(ServerApi.builder().version(ServerApiVersion.V1).build());
    }
    return settings.build();
  }
}
