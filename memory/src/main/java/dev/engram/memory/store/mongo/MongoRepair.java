package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up repair of an app on a MongoDB server without transactions, where a memory and its
 * event, and the two halves of a supersession, are separate writes in a fixed order: the memory
 * (the successor) first, then its event (then the superseded memory). A process that stops between
 * two of them leaves
 *
 * <ul>
 *   <li>a memory without the event of its last change: the repair appends that event (actor {@value
 *       #ACTOR}, {@code details.repaired = true});
 *   <li>a successor whose predecessor is still active without a {@code next_id}: the repair
 *       finishes the supersession (status {@code superseded}, {@code valid_to} = the successor's
 *       creation, {@code next_id}) and records its UPDATE event.
 * </ul>
 *
 * It looks only at memories changed since the previous repair of the app, minus {@link #IN_FLIGHT}
 * (writes other instances may still be finishing), kept in the {@value #CHECKPOINTS} collection;
 * the first repair of an app reads all its memories. Idempotent: a second run finds nothing to do.
 */
final class MongoRepair {
  static final String CHECKPOINTS = "engram_repair_checkpoints";
  static final String ACTOR = "engram-repair";
  static final Duration IN_FLIGHT = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(MongoRepair.class);
  private static final String REASON =
      "recorded at start: the process stopped between two writes on a server without transactions";

  private final MongoDatabase database;
  private final MongoCollections collections;
  private final MemoryDocuments documents;

  MongoRepair(MongoDatabase database, MongoCollections collections, MemoryDocuments documents) {
    this.database = database;
    this.collections = collections;
    this.documents = documents;
  }

  /** What one repair did. */
  record Result(int eventsAdded, int supersessionsFinished) {}

  Result repair(String appId, Instant now) {
    MongoCollection<Document> checkpoints = database.getCollection(CHECKPOINTS);
    Document checkpoint = checkpoints.find(eq("_id", appId)).first();
    Bson changed =
        checkpoint == null
            ? new Document()
            : gte("updated_at", MemoryDocuments.micros(checkpoint.getDate("until").toInstant()));
    int events = 0;
    int supersessions = 0;
    for (Document found : collections.memories(appId).find(changed).sort(Sorts.ascending("_id"))) {
      Memory memory = documents.memory(found);
      if (!hasEventOfLastChange(appId, memory)) {
        appendEvent(appId, memory, lastChange(memory), List.of(), Map.of("repaired", true), now);
        events++;
      }
      if (memory.previousId() != null && finishSupersession(appId, memory, now)) {
        supersessions++;
      }
    }
    var _ =
        checkpoints.replaceOne(
            eq("_id", appId),
            new Document("_id", appId).append("until", Date.from(now.minus(IN_FLIGHT))),
            new ReplaceOptions().upsert(true));
    if (events > 0 || supersessions > 0) {
      LOG.warn(
          "repaired app {}: {} missing events recorded, {} supersessions finished",
          appId,
          events,
          supersessions);
    }
    return new Result(events, supersessions);
  }

  private boolean hasEventOfLastChange(String appId, Memory memory) {
    return collections
            .events(appId)
            .find(
                and(
                    eq("memory_id", memory.id()),
                    gte("at", MemoryDocuments.micros(memory.updatedAt()))))
            .first()
        != null;
  }

  private static EventType lastChange(Memory memory) {
    if (memory.status() == MemoryStatus.DELETED) {
      return EventType.DELETE;
    }
    return memory.version() <= 1 && memory.previousId() == null ? EventType.ADD : EventType.UPDATE;
  }

  /** The predecessor is still active and unchained: mark it superseded by the successor. */
  private boolean finishSupersession(String appId, Memory successor, Instant now) {
    MongoCollection<Document> memories = collections.memories(appId);
    Document stored =
        memories
            .find(
                and(
                    eq("_id", successor.previousId()),
                    eq("status", MemoryStatus.ACTIVE.value()),
                    eq("next_id", null)))
            .first();
    if (stored == null) {
      return false;
    }
    Memory old = documents.memory(stored);
    Memory superseded =
        old.toBuilder()
            .status(MemoryStatus.SUPERSEDED)
            .validTo(successor.createdAt())
            .nextId(successor.id())
            .updatedAt(now)
            .version(old.version() + 1)
            .build();
    long matched =
        memories
            .updateOne(
                and(eq("_id", old.id()), eq("version", old.version()), ne("status", "deleted")),
                documents.replacement(superseded, old.version() + 1))
            .getMatchedCount();
    if (matched == 1) {
      appendEvent(
          appId,
          superseded,
          EventType.UPDATE,
          List.of(successor.id()),
          Map.of("repaired", true, "superseded_by", successor.id()),
          now);
    }
    return matched == 1;
  }

  private void appendEvent(
      String appId,
      Memory memory,
      EventType type,
      List<String> related,
      Map<String, Object> details,
      Instant now) {
    var _ =
        collections
            .events(appId)
            .insertOne(
                MemoryDocuments.event(
                    new MemoryEvent(
                        MemoryIds.event(),
                        memory.id(),
                        memory.userId(),
                        type,
                        ACTOR,
                        REASON,
                        related,
                        details,
                        now)));
  }
}
