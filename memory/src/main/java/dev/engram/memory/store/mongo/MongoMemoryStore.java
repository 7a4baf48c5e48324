package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static java.util.Objects.requireNonNull;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreUsage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
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
 * separated by a {@code user_id} condition in every query that selects a user's data. On a replica
 * set or sharded cluster (Atlas) a unit of work, an insert (memories and their events) and an
 * update (the replacement and its event) are multi-document transactions ({@link MongoUnitOfWork});
 * on a server without transactions each write is atomic on its own (a version condition in the
 * replacement's filter, upserts, unique indexes) and {@link MongoRepair} mends, when the app is
 * opened at start, what a crash between two writes left. Expired memories are filtered here too,
 * since TTL deletion is lazy.
 */
@Singleton
@Requires(property = "mongodb.uri")
final class MongoMemoryStore implements MemoryStore {
  private final MongoDatabase database;
  private final MongoCollections collections;
  private final MemoryDocuments documents;
  private final MongoRelations relations;
  private final MongoUnitOfWork unit;
  private final MongoSessionOps ops;
  private final MongoRepair repair;
  private final Clock clock;

  @Inject
  MongoMemoryStore(
      MongoUnitOfWork unit,
      MongoDatabase database,
      MongoConfiguration config,
      Optional<Clock> clock) {
    this.database = requireNonNull(database, "database is null");
    this.collections = new MongoCollections(database);
    this.documents = new MemoryDocuments(requireNonNull(config, "config is null").atlas());
    this.unit = requireNonNull(unit, "unit is null");
    this.ops = new MongoSessionOps(unit);
    this.relations = new MongoRelations(collections, ops);
    this.repair = new MongoRepair(database, collections, documents);
    this.clock = clock.orElseGet(Clock::systemUTC);
  }

  /** Over the configuration's database of a client the caller owns (tests, tools). */
  MongoMemoryStore(MongoClient client, String uri, MongoConfiguration config) {
    this(client, client.getDatabase(config.databaseName(uri)), config);
  }

  private MongoMemoryStore(MongoClient client, MongoDatabase database, MongoConfiguration config) {
    this(new MongoUnitOfWork(client, database), database, config, Optional.empty());
  }

  @Override
  public String name() {
    return "mongodb";
  }

  @Override
  public <T> T inUnitOfWork(Supplier<T> work) {
    return call(() -> unit.run(work));
  }

  @Override
  public boolean unitOfWorkRollsBack() {
    return call(unit::beginsTransaction);
  }

  @Override
  public void afterCommit(Runnable action) {
    unit.afterCommit(action);
  }

  /**
   * Creates the app's collections and indexes; on a server without transactions, then repairs what
   * a crash may have left half written ({@link MongoRepair}). Called for every app at start.
   */
  @Override
  public void createApp(String appId) {
    run(() -> collections.createIndexes(appId));
    if (!call(unit::transactions)) {
      var _ = call(() -> repair.repair(appId, clock.instant()));
    }
  }

  @Override
  public void dropApp(String appId) {
    run(
        () -> {
          collections.drop(appId);
          var _ = database.getCollection(MongoRepair.CHECKPOINTS).deleteOne(eq("_id", appId));
        });
  }

  @Override
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    run(
        () ->
            unit.run(
                () -> {
                  if (!memories.isEmpty()) {
                    ops.insertMany(
                        collections.memories(appId),
                        memories.stream().map(m -> documents.memory(m, m.version())).toList());
                  }
                  if (!events.isEmpty()) {
                    ops.insertMany(
                        collections.events(appId),
                        events.stream().map(MemoryDocuments::event).toList());
                  }
                  return null;
                }));
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
                ops.find(
                    collections.memories(appId),
                    and(
                        in("_id", ids.stream().distinct().toList()),
                        MongoQueries.notExpired(now)))));
  }

  @Override
  public boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    return call(
        () ->
            unit.run(
                () -> {
                  Bson current =
                      and(
                          eq("_id", replacement.id()),
                          eq("user_id", replacement.userId()),
                          eq("version", expectedVersion));
                  long matched =
                      ops.updateOne(
                          collections.memories(appId),
                          current,
                          documents.replacement(replacement, expectedVersion + 1));
                  if (matched != 1) {
                    return false;
                  }
                  ops.insertOne(collections.events(appId), MemoryDocuments.event(event));
                  return true;
                }));
  }

  @Override
  public List<EntityCount> entities(
      String appId, String userId, @Nullable EntityKind kind, int limit, Instant now) {
    List<Bson> match =
        new ArrayList<>(
            List.of(
                eq("user_id", userId),
                eq("status", MemoryStatus.ACTIVE.value()),
                MongoQueries.notExpired(now)));
    List<Bson> pipeline = new ArrayList<>();
    pipeline.add(Aggregates.match(and(match)));
    pipeline.add(Aggregates.unwind("$entities"));
    if (kind != null) {
      pipeline.add(Aggregates.match(eq("entities.kind", kind.value())));
    }
    pipeline.add(
        Aggregates.group(
            "$entities.key",
            Accumulators.min("name", "$entities.name"),
            Accumulators.min("kind", "$entities.kind"),
            Accumulators.sum("n", 1)));
    pipeline.add(Aggregates.sort(Sorts.orderBy(Sorts.descending("n"), Sorts.ascending("_id"))));
    pipeline.add(Aggregates.limit(limit));
    return call(
        () -> {
          List<EntityCount> out = new ArrayList<>();
          collections
              .memories(appId)
              .aggregate(pipeline)
              .forEach(
                  d ->
                      out.add(
                          new EntityCount(
                              d.getString("_id"),
                              d.getString("name"),
                              EntityKind.fromValue(d.getString("kind")),
                              ((Number) d.get("n")).longValue())));
          return out;
        });
  }

  @Override
  public List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now) {
    return call(
        () -> {
          List<String> ids = new ArrayList<>();
          collections
              .memories(appId)
              .find(
                  and(
                      eq("user_id", userId),
                      eq("entities.key", entityKey),
                      eq("status", MemoryStatus.ACTIVE.value()),
                      MongoQueries.notExpired(now)))
              .projection(Projections.include("_id"))
              .sort(Sorts.orderBy(Sorts.descending("created_at"), Sorts.ascending("_id")))
              .limit(limit)
              .forEach(d -> ids.add(d.getString("_id")));
          return ids;
        });
  }

  @Override
  public void relinkEntities(String appId, List<Memory> memories) {
    run(
        () -> {
          for (Memory memory : memories) {
            var _ =
                collections
                    .memories(appId)
                    .updateOne(
                        eq("_id", memory.id()),
                        Updates.set("entities", MemoryDocuments.entities(memory)));
          }
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
          ops.find(collections.events(appId), eq("memory_id", memoryId))
              .sort(Sorts.ascending("at", "_id"))
              .forEach(d -> events.add(MemoryDocuments.event(d)));
          return events;
        });
  }

  @Override
  public void appendEvent(String appId, MemoryEvent event) {
    run(() -> ops.insertOne(collections.events(appId), MemoryDocuments.event(event)));
  }

  @Override
  public void addRelation(String appId, Relation relation) {
    run(() -> relations.add(appId, relation));
  }

  @Override
  public List<Relation> relations(String appId, String memoryId) {
    return call(() -> relations.of(appId, memoryId));
  }

  /**
   * Reads only the fields quotas count (status and the text of content, context, tags, metadata),
   * never the embeddings or the rest of the documents.
   */
  @Override
  public StoreUsage usage(String appId) {
    return call(
        () -> {
          long[] totals = new long[2];
          collections
              .memories(appId)
              .find()
              .projection(Projections.include("status", "content", "context", "tags", "metadata"))
              .forEach(
                  d -> {
                    if (MemoryStatus.ACTIVE.value().equals(d.getString("status"))) {
                      totals[0]++;
                    }
                    totals[1] +=
                        MemoryStore.sizeOf(
                            d.getString("content"),
                            d.getString("context"),
                            d.getList("tags", String.class, List.of()),
                            BsonValues.map(d.get("metadata", Document.class)));
                  });
          return new StoreUsage(totals[0], totals[1]);
        });
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
    run(() -> MongoHousekeeping.recordAccess(collections.memories(appId), counts, at));
  }

  @Override
  public void recordFeedback(String appId, String memoryId, int delta) {
    run(() -> MongoHousekeeping.recordFeedback(collections.memories(appId), memoryId, delta));
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
    return call(() -> MongoHousekeeping.purgeExpired(collections.memories(appId), now, limit));
  }

  @Override
  public List<String> pruneVersions(String appId, Instant before, int limit) {
    return call(() -> MongoPruning.versions(collections, appId, before, limit));
  }

  @Override
  public int pruneEvents(String appId, Instant before, int limit) {
    return call(() -> MongoPruning.events(collections.events(appId), before, limit));
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

  /**
   * MongoDB failures become {@code store_failed}; a transaction that lost a write conflict to a
   * concurrent one becomes {@code version_conflict}, so that the caller can run it again.
   */
  private static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (MongoException e) {
      if (e.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
        throw new MemoryException(
            MemoryErrorCode.VERSION_CONFLICT,
            "a concurrent change won; the transaction was rolled back: " + e.getMessage(),
            null,
            e);
      }
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "MongoDB operation failed: " + e.getMessage(), null, e);
    }
  }
}
