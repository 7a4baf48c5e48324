package dev.engram.memory.store.mongo;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** What a MongoDB database keeps of an app: its collections, their documents and indexes. */
final class MongoStorage {
  private MongoStorage() {}

  /**
   * Each collection of the app with its document count, and each of its indexes with 0 (search
   * indexes belong to a collection and go with it).
   */
  static Map<String, Long> of(MongoDatabase database, String appId) {
    Map<String, Long> kept = new TreeMap<>();
    for (String name : database.listCollectionNames()) {
      if (!name.endsWith("_" + appId)) {
        continue;
      }
      var collection = database.getCollection(name);
      kept.put(name, collection.countDocuments());
      for (Document index : collection.listIndexes()) {
        kept.put(name + "/" + index.getString("name"), 0L);
      }
    }
    return kept;
  }
}
