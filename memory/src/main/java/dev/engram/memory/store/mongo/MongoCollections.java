package dev.engram.memory.store.mongo;

import static java.util.Objects.requireNonNull;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.engram.memory.MemoryException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The collections of an app: {@code memories_<appId>}, {@code memory_events_<appId>} and {@code
 * memory_relations_<appId>}, and their indexes (user first in compound indexes).
 */
final class MongoCollections {
  private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final MongoDatabase database;

  MongoCollections(MongoDatabase database) {
    this.database = requireNonNull(database, "database is null");
  }

  MongoCollection<Document> memories(String appId) {
    return database.getCollection("memories_" + checked(appId));
  }

  MongoCollection<Document> events(String appId) {
    return database.getCollection("memory_events_" + checked(appId));
  }

  MongoCollection<Document> relations(String appId) {
    return database.getCollection("memory_relations_" + checked(appId));
  }

  /** Creates the collections' indexes; creating an existing index is a no-op. */
  void createIndexes(String appId) {
    MongoCollection<Document> memories = memories(appId);
    memories.createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("user_id", "status"), Indexes.descending("created_at")),
        new IndexOptions().name("user_status_created"));
    memories.createIndex(
        Indexes.compoundIndex(Indexes.ascending("user_id"), Indexes.descending("updated_at")),
        new IndexOptions().name("user_updated"));
    memories.createIndex(
        Indexes.ascending("user_id", "entities.key"), new IndexOptions().name("user_entities"));
    memories.createIndex(Indexes.ascending("updated_at"), new IndexOptions().name("updated"));
    memories.createIndex(Indexes.ascending("expires_at"), new IndexOptions().name("expires"));
    memories.createIndex(
        Indexes.ascending(MemoryDocuments.TTL_FIELD),
        new IndexOptions().name("ttl").expireAfter(0L, TimeUnit.SECONDS));
    MongoCollection<Document> events = events(appId);
    events.createIndex(
        Indexes.ascending("user_id", "memory_id", "at"), new IndexOptions().name("user_memory_at"));
    events.createIndex(Indexes.ascending("memory_id", "at"), new IndexOptions().name("memory_at"));
    events.createIndex(Indexes.ascending("at"), new IndexOptions().name("at"));
    MongoCollection<Document> relations = relations(appId);
    relations.createIndex(
        Indexes.ascending("from_id", "to_id", "type"),
        new IndexOptions().name("from_to_type").unique(true));
    relations.createIndex(Indexes.ascending("to_id"), new IndexOptions().name("to"));
    relations.createIndex(Indexes.ascending("user_id"), new IndexOptions().name("user"));
  }

  void drop(String appId) {
    memories(appId).drop();
    events(appId).drop();
    relations(appId).drop();
  }

  private static String checked(String appId) {
    requireNonNull(appId, "appId is null");
    if (!APP_ID.matcher(appId).matches()) {
      throw MemoryException.invalid("app_id", "must be 1-64 letters, digits, '_' or '-'");
    }
    return appId;
  }
}
