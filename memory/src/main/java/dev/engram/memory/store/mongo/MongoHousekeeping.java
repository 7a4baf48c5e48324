package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import dev.engram.memory.Memory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Writes of the MongoDB store that are not changes of a memory (no version, no event): access
 * counts, feedback balance, and the hard deletion of expired memories. Each is atomic per document
 * and runs outside any unit of work.
 */
final class MongoHousekeeping {
  private MongoHousekeeping() {}

  static void recordAccess(
      MongoCollection<Document> memories, Map<String, Integer> counts, Instant at) {
    if (counts.isEmpty()) {
      return;
    }
    List<UpdateOneModel<Document>> updates = new ArrayList<>(counts.size());
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      updates.add(
          new UpdateOneModel<>(
              eq("_id", entry.getKey()),
              Updates.combine(
                  Updates.inc("access_count", entry.getValue()),
                  Updates.max("last_accessed_at", MemoryDocuments.micros(at)))));
    }
    var _ = memories.bulkWrite(updates, new BulkWriteOptions().ordered(false));
  }

  static void recordFeedback(MongoCollection<Document> memories, String memoryId, int delta) {
    // $inc, then pull a balance past the limit back to it (the embedded test server has no update
    // pipelines, so the clamp is two conditional writes rather than one expression)
    int limit = Memory.FEEDBACK_BALANCE_LIMIT;
    var _ = memories.updateOne(eq("_id", memoryId), Updates.inc("feedback_balance", delta));
    var _ =
        memories.updateOne(
            and(eq("_id", memoryId), gt("feedback_balance", limit)),
            Updates.set("feedback_balance", limit));
    var _ =
        memories.updateOne(
            and(eq("_id", memoryId), lt("feedback_balance", -limit)),
            Updates.set("feedback_balance", -limit));
  }

  static List<String> purgeExpired(MongoCollection<Document> memories, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    memories
        .find(and(ne("expires_at", null), lte("expires_at", MemoryDocuments.micros(now))))
        .sort(Sorts.ascending("expires_at", "_id"))
        .limit(limit)
        .projection(Projections.include("_id"))
        .forEach(d -> ids.add(d.getString("_id")));
    if (!ids.isEmpty()) {
      var _ =
          memories.deleteMany(and(in("_id", ids), lte("expires_at", MemoryDocuments.micros(now))));
    }
    return ids;
  }
}
