package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static java.util.Objects.requireNonNull;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Relation;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The memory store on MongoDB: one collection set per app ({@link MongoCollections}), users
 * separated by a {@code user_id} condition in every query that selects a user's data. It relies on
 * single-document atomicity only (a version condition in the replacement's filter, upserts, unique
 * indexes) and filters expired memories itself, since TTL deletion is lazy.
 */
@Singleton
@Requires(property = "mongodb.uri")
final class MongoMemoryStore implements MemoryStore {
  private final MongoCollections collections;
  private final MemoryDocuments documents;
  private final MongoRelations relations;

  MongoMemoryStore(MongoClient client, MongoConfiguration config) {
    this.collections =
        new MongoCollections(
            client.getDatabase(requireNonNull(config, "config is null").database()));
    this.documents = new MemoryDocuments(config.atlas());
    this.relations = new MongoRelations(collections);
  }

  @Override
  public String name() {
    return "mongodb";
  }

  @Override
  public void createApp(String appId) {
    run(() -> collections.createIndexes(appId));
  }

  @Override
  public void dropApp(String appId) {
    run(() -> collections.drop(appId));
  }

  @Override
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    run(
        () -> {
          if (!memories.isEmpty()) {
            collections
                .memories(appId)
                .insertMany(memories.stream().map(m -> documents.memory(m, m.version())).toList());
          }
          if (!events.isEmpty()) {
            collections
                .events(appId)
                .insertMany(events.stream().map(MemoryDocuments::event).toList());
          }
        });
  }

  @Override
  public Optional<Memory> find(String appId, String id, Instant now) {
    return findAll(appId, List.of(id), now).stream().findFirst();
  }

  @Override
  public List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return call(
        () ->
            collect(
                collections
                    .memories(appId)
                    .find(
                        and(
                            in("_id", ids.stream().distinct().toList()),
                            MongoQueries.notExpired(now)))));
  }

  @Override
  public boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    return call(
        () -> {
          Bson current =
              and(
                  eq("_id", replacement.id()),
                  eq("user_id", replacement.userId()),
                  eq("version", expectedVersion));
          long matched =
              collections
                  .memories(appId)
                  .replaceOne(current, documents.memory(replacement, expectedVersion + 1))
                  .getMatchedCount();
          if (matched != 1) {
            return false;
          }
          collections.events(appId).insertOne(MemoryDocuments.event(event));
          return true;
        });
  }

  @Override
  public MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    return call(
        () ->
            new MongoListing(collections.memories(appId), documents)
                .list(filter, sort, limit, offset, now));
  }

  @Override
  public List<String> deleteUser(String appId, String userId) {
    requireNonNull(userId, "userId is null");
    return call(
        () -> {
          List<String> ids = new ArrayList<>();
          collections
              .memories(appId)
              .find(eq("user_id", userId))
              .projection(Projections.include("_id"))
              .forEach(d -> ids.add(d.getString("_id")));
          collections.relations(appId).deleteMany(eq("user_id", userId));
          collections.events(appId).deleteMany(eq("user_id", userId));
          collections.memories(appId).deleteMany(eq("user_id", userId));
          return ids;
        });
  }

  @Override
  public List<MemoryEvent> events(String appId, String memoryId) {
    return call(
        () -> {
          List<MemoryEvent> events = new ArrayList<>();
          collections
              .events(appId)
              .find(eq("memory_id", memoryId))
              .sort(Sorts.ascending("at", "_id"))
              .forEach(d -> events.add(MemoryDocuments.event(d)));
          return events;
        });
  }

  @Override
  public void appendEvent(String appId, MemoryEvent event) {
    run(() -> collections.events(appId).insertOne(MemoryDocuments.event(event)));
  }

  @Override
  public void addRelation(String appId, Relation relation) {
    run(() -> relations.add(appId, relation));
  }

  @Override
  public List<Relation> relations(String appId, String memoryId) {
    return call(() -> relations.of(appId, memoryId));
  }

  @Override
  public void forEach(String appId, Consumer<Memory> consumer) {
    run(
        () ->
            collections.memories(appId).find().forEach(d -> consumer.accept(documents.memory(d))));
  }

  @Override
  public void forEachEvent(String appId, Consumer<MemoryEvent> consumer) {
    run(
        () ->
            collections
                .events(appId)
                .find()
                .sort(Sorts.ascending("at", "_id"))
                .forEach(d -> consumer.accept(MemoryDocuments.event(d))));
  }

  @Override
  public void recordAccess(String appId, Map<String, Integer> counts, Instant at) {
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
    run(
        () ->
            collections.memories(appId).bulkWrite(updates, new BulkWriteOptions().ordered(false)));
  }

  @Override
  public void recordFeedback(String appId, String memoryId, int delta) {
    // $inc, then pull a balance past the limit back to it (the embedded test server has no update
    // pipelines, so the clamp is two conditional writes rather than one expression)
    int limit = Memory.FEEDBACK_BALANCE_LIMIT;
    run(
        () -> {
          var memories = collections.memories(appId);
          memories.updateOne(eq("_id", memoryId), Updates.inc("feedback_balance", delta));
          memories.updateOne(
              and(eq("_id", memoryId), gt("feedback_balance", limit)),
              Updates.set("feedback_balance", limit));
          memories.updateOne(
              and(eq("_id", memoryId), lt("feedback_balance", -limit)),
              Updates.set("feedback_balance", -limit));
        });
  }

  @Override
  public List<Memory> changedSince(String appId, Instant since) {
    return call(
        () ->
            collect(
                collections
                    .memories(appId)
                    .find(gte("updated_at", MemoryDocuments.micros(since)))
                    .sort(Sorts.ascending("updated_at", "_id"))));
  }

  @Override
  public List<String> purgeExpired(String appId, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return call(
        () -> {
          List<String> ids = new ArrayList<>();
          collections
              .memories(appId)
              .find(and(ne("expires_at", null), lte("expires_at", MemoryDocuments.micros(now))))
              .sort(Sorts.ascending("expires_at", "_id"))
              .limit(limit)
              .projection(Projections.include("_id"))
              .forEach(d -> ids.add(d.getString("_id")));
          if (!ids.isEmpty()) {
            collections
                .memories(appId)
                .deleteMany(and(in("_id", ids), lte("expires_at", MemoryDocuments.micros(now))));
          }
          return ids;
        });
  }

  private List<Memory> collect(FindIterable<Document> found) {
    List<Memory> memories = new ArrayList<>();
    found.forEach(d -> memories.add(documents.memory(d)));
    return memories;
  }

  private static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  private static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (MongoException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "MongoDB operation failed: " + e.getMessage(), null, e);
    }
  }
}
