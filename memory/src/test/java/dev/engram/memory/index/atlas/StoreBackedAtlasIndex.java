package dev.engram.memory.index.atlas;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.bson.Document;

/**
 * Plays the MongoDB store for {@code MemoryIndexContract}: writes the documents the store would
 * (same field names) before handing over to the Atlas index, and waits until Atlas's asynchronous
 * search indexes have caught up, so the contract's "visible when upsert returns" holds.
 */
final class StoreBackedAtlasIndex implements MemoryIndex {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final MemoryFilter EVERYTHING =
      MemoryFilter.allUsers().withStatuses(Set.of(MemoryStatus.values()));

  private final MongoDatabase database;
  private final AtlasMemoryIndex atlas;

  StoreBackedAtlasIndex(MongoDatabase database) {
    this.database = database;
    this.atlas = new AtlasMemoryIndex(database);
  }

  @Override
  public String name() {
    return atlas.name();
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    MongoCollection<Document> collection = collection(appId);
    for (IndexDocument document : documents) {
      Document stored = storeDocument(document.memory(), document.text());
      collection.replaceOne(
          new Document("_id", stored.get("_id")), stored, new ReplaceOptions().upsert(true));
    }
    atlas.upsert(appId, documents);
    awaitSearchable(appId);
    for (IndexDocument document : documents) {
      Memory memory = document.memory();
      await(
          () ->
              atlas.vectorSearch(appId, memory.embedding(), EVERYTHING, 1).stream()
                      .anyMatch(hit -> hit.id().equals(memory.id()) && hit.score() > 0.999f)
                  && textFinds(appId, memory.id(), document.text()));
    }
  }

  @Override
  public void delete(String appId, Collection<String> ids) {
    var _ = collection(appId).deleteMany(in("_id", ids));
    atlas.delete(appId, ids);
    awaitInSync(appId);
  }

  @Override
  public void dropApp(String appId) {
    atlas.dropApp(appId);
    collection(appId).drop();
  }

  @Override
  public List<IndexHit> vectorSearch(String appId, float[] vector, MemoryFilter filter, int k) {
    return atlas.vectorSearch(appId, vector, filter, k);
  }

  @Override
  public List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    return atlas.keywordSearch(appId, text, filter, k);
  }

  @Override
  public long count(String appId) {
    return atlas.count(appId);
  }

  @Override
  public java.util.Optional<java.time.Instant> durableUntil(String appId) {
    return atlas.durableUntil(appId);
  }

  @Override
  public void commit() {
    atlas.commit();
  }

  @Override
  public void close() {
    atlas.close();
  }

  /** The document the MongoDB store writes for a memory (the fields the index relies on). */
  static Document storeDocument(Memory memory, String text) {
    List<Double> embedding = new ArrayList<>();
    for (float v : memory.embedding()) {
      embedding.add((double) v);
    }
    return new Document("_id", memory.id())
        .append("user_id", memory.userId())
        .append("session_id", memory.sessionId())
        .append("agent_id", memory.agentId())
        .append("run_id", memory.runId())
        .append("type", memory.type().value())
        .append("category", memory.category())
        .append("tags", memory.tags())
        .append("importance", memory.importance())
        .append("status", memory.status().value())
        .append("created_at", date(memory.createdAt()))
        .append("valid_from", date(memory.validFrom()))
        .append("valid_to", date(memory.validTo()))
        .append("content", text)
        .append("embedding", embedding);
  }

  private static Long date(Instant instant) {
    return instant == null
        ? null
        : java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private void awaitSearchable(String appId) {
    await(
        () -> {
          List<Document> indexes = collection(appId).listSearchIndexes().into(new ArrayList<>());
          return indexes.size() == 2 && indexes.stream().allMatch(i -> i.getBoolean("queryable"));
        });
    awaitInSync(appId);
  }

  /** Both search indexes see exactly the documents of the collection. */
  private void awaitInSync(String appId) {
    long expected = collection(appId).countDocuments();
    await(() -> countText(appId) == expected && countVectors(appId, expected) == expected);
  }

  private long countText(String appId) {
    Document meta =
        new Document("index", AtlasQueries.SEARCH_INDEX)
            .append("exists", new Document("path", "content"))
            .append("count", new Document("type", "total"));
    Document result =
        collection(appId).aggregate(List.of(new Document("$searchMeta", meta))).first();
    return result == null
        ? 0
        : result.get("count", Document.class).get("total", Number.class).longValue();
  }

  private boolean textFinds(String appId, String id, String text) {
    Document search =
        new Document("index", AtlasQueries.SEARCH_INDEX)
            .append("text", new Document("query", text).append("path", "content"));
    return collection(appId)
            .aggregate(
                List.of(
                    new Document("$search", search),
                    new Document("$match", new Document("_id", id))))
            .first()
        != null;
  }

  private long countVectors(String appId, long expected) {
    float[] probe = new float[dimensions(appId)];
    probe[0] = 1f;
    return atlas.vectorSearch(appId, probe, EVERYTHING, (int) expected + 1).size();
  }

  private int dimensions(String appId) {
    Document any = collection(appId).find().first();
    return any == null ? 384 : any.getList("embedding", Double.class).size();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Atlas search indexes did not catch up within " + TIMEOUT);
      }
      LockSupport.parkNanos(POLL.toNanos()); // polling interval of the await, not a fixed wait
    }
  }

  private MongoCollection<Document> collection(String appId) {
    return database.getCollection(AtlasQueries.collection(appId));
  }
}
