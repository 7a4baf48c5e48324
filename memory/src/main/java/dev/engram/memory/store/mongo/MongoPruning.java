package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.engram.memory.MemoryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Retention of the MongoDB store: superseded versions (with their events and relations) and old
 * events removed in batches; each delete is atomic per document, a batch is not.
 */
final class MongoPruning {
  private MongoPruning() {}

  /** See {@code MemoryStore#pruneVersions}. */
  static List<String> versions(
      MongoCollections collections, String appId, Instant before, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Bson old =
        and(
            in("status", MemoryStatus.SUPERSEDED.value(), MemoryStatus.DELETED.value()),
            lt("updated_at", MemoryDocuments.micros(before)));
    List<String> ids = new ArrayList<>();
    MongoCollection<Document> memories = collections.memories(appId);
    memories
        .find(old)
        .sort(Sorts.ascending("updated_at", "_id"))
        .limit(limit)
        .projection(Projections.include("_id"))
        .forEach(d -> ids.add(d.getString("_id")));
    if (ids.isEmpty()) {
      return ids;
    }
    var _ = memories.deleteMany(and(in("_id", ids), old));
    // a version changed since it was selected (not superseded any more) stays
    List<String> kept = new ArrayList<>();
    memories
        .find(in("_id", ids))
        .projection(Projections.include("_id"))
        .forEach(d -> kept.add(d.getString("_id")));
    ids.removeAll(kept);
    if (!ids.isEmpty()) {
      var _ = collections.events(appId).deleteMany(in("memory_id", ids));
      var _ = collections.relations(appId).deleteMany(in("from_id", ids));
      var _ = collections.relations(appId).deleteMany(in("to_id", ids));
    }
    return ids;
  }

  /** See {@code MemoryStore#pruneEvents}. */
  static int events(MongoCollection<Document> events, Instant before, int limit) {
    if (limit <= 0) {
      return 0;
    }
    Bson old = lt("at", MemoryDocuments.micros(before));
    List<String> ids = new ArrayList<>();
    events
        .find(old)
        .sort(Sorts.ascending("at", "_id"))
        .limit(limit)
        .projection(Projections.include("_id"))
        .forEach(d -> ids.add(d.getString("_id")));
    if (ids.isEmpty()) {
      return 0;
    }
    return (int) events.deleteMany(and(in("_id", ids), old)).getDeletedCount();
  }
}
