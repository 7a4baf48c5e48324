package dev.engram.memory.index.atlas;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.mongo.MongoConfiguration;
import dev.engram.memory.store.mongo.MongoStores;
import dev.engram.memory.write.MemoryWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.bson.Document;

/**
 * The Atlas index as the application runs it for {@code MemoryIndexContract}: documents are written
 * by the real MongoDB store (content and context in their own fields, instants as the store keeps
 * them), the app's search indexes are created by {@link AtlasMemoryIndex#createApp}, and each
 * upsert waits until Atlas's asynchronous search indexes have caught up, so the contract's "visible
 * when upsert returns" holds.
 */
final class StoreBackedAtlasIndex implements MemoryIndex {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Instant FAR = Instant.parse("2999-01-01T00:00:00Z");
  private static final MemoryFilter EVERYTHING =
      MemoryFilter.allUsers().withStatuses(Set.of(MemoryStatus.values()));

  private final MongoDatabase database;
  private final MemoryStore store;
  private final AtlasMemoryIndex atlas;
  private final Set<String> created = new HashSet<>();
  private int dimensions = 384;

  StoreBackedAtlasIndex(MongoClient client, String uri, MongoConfiguration config) {
    this.database = client.getDatabase(config.databaseName(uri));
    this.store = MongoStores.store(client, uri, config);
    this.atlas = new AtlasMemoryIndex(database, () -> dimensions);
  }

  @Override
  public String name() {
    return atlas.name();
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    if (created.add(appId)) {
      dimensions = documents.get(0).memory().embedding().length;
      store.createApp(appId);
      atlas.createApp(appId);
    }
    for (IndexDocument document : documents) {
      Memory memory = document.memory();
      MemoryEvent event =
          MemoryWriter.event(memory, EventType.UPDATE, "test", null, List.of(), Map.of(), FAR);
      store
          .find(appId, memory.id(), Instant.EPOCH)
          .ifPresentOrElse(
              stored -> store.update(appId, memory, stored.version(), event),
              () -> store.insert(appId, List.of(memory), List.of(event)));
    }
    atlas.upsert(appId, documents);
    awaitSearchable(appId);
    for (IndexDocument document : documents) {
      Memory memory = document.memory();
      await(
          () ->
              atlas.vectorSearch(appId, memory.embedding(), EVERYTHING, 1).stream()
                      .anyMatch(hit -> hit.id().equals(memory.id()) && hit.score() > 0.999f)
                  && textFinds(appId, memory.id(), memory.content()));
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
    created.remove(appId);
    atlas.dropApp(appId);
    store.dropApp(appId);
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
            .append("text", new Document("query", text).append("path", AtlasQueries.TEXT_FIELDS));
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
    return any == null ? dimensions : vectorSize(any.get("embedding"));
  }

  private static int vectorSize(Object embedding) {
    return embedding instanceof org.bson.Float32BinaryVector vector
        ? vector.getData().length
        : ((List<?>) embedding).size();
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
