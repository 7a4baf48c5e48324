package dev.engram.memory.index.atlas;

import static java.util.Objects.requireNonNull;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.SearchIndexModel;
import com.mongodb.client.model.SearchIndexType;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlas Vector Search ({@code $vectorSearch}) and Atlas Search ({@code $search}) over the MongoDB
 * store's {@code memories_<appId>} collections, in the store's database ({@code
 * MongoConfiguration#databaseName}). The app's two search indexes are created with the app ({@link
 * #createApp}, and for every app at start) and dropped with it; Atlas builds them in the
 * background, and until both are queryable the app is listed by {@link #building}. The store owns
 * the documents, so {@link #upsert} and {@link #delete} have nothing to do: Atlas keeps its indexes
 * in sync asynchronously (a write is searchable after a short delay, not when {@code upsert}
 * returns).
 */
@Singleton
@Requires(property = "engram.index.kind", value = "atlas")
@Requires(property = "mongodb.uri")
final class AtlasMemoryIndex implements MemoryIndex, AtlasSearchStatus {
  private static final Logger LOG = LoggerFactory.getLogger(AtlasMemoryIndex.class);
  private static final int NAMESPACE_EXISTS = 48;
  private static final int NAMESPACE_NOT_FOUND = 26;

  private final MongoDatabase database;
  private final IntSupplier dimensions;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  @Inject
  AtlasMemoryIndex(MongoDatabase database, BeanProvider<Embedder> embedder) {
    this(database, () -> embedder.get().dimensions());
  }

  /** Over a database whose client the caller owns (tests, tools). */
  AtlasMemoryIndex(MongoDatabase database, IntSupplier dimensions) {
    this.database = requireNonNull(database, "database is null");
    this.dimensions = requireNonNull(dimensions, "dimensions is null");
  }

  @Override
  public String name() {
    return "atlas";
  }

  /**
   * Creates the app's collection if missing and its search indexes: the vector index with the
   * embedding model's dimensions (redefined when the model changed them), the text index over
   * content and context. Atlas builds them in the background; the app counts as {@link #building}
   * until both are queryable.
   */
  @Override
  public void createApp(String appId) {
    MongoCollection<Document> collection = collection(appId);
    int size = dimensions.getAsInt();
    try {
      createCollection(appId);
      Map<String, Document> existing = new HashMap<>();
      for (Document index : collection.listSearchIndexes()) {
        existing.put(index.getString("name"), index);
      }
      List<SearchIndexModel> missing = new ArrayList<>();
      Document vector = existing.get(AtlasQueries.VECTOR_INDEX);
      if (vector == null) {
        missing.add(
            new SearchIndexModel(
                AtlasQueries.VECTOR_INDEX,
                AtlasQueries.vectorIndexDefinition(size),
                SearchIndexType.vectorSearch()));
      } else if (AtlasQueries.dimensionsOf(vector) != size) {
        LOG.warn(
            "vector index of app {} has other dimensions than the embedding model ({}): redefined",
            appId,
            size);
        collection.updateSearchIndex(
            AtlasQueries.VECTOR_INDEX, AtlasQueries.vectorIndexDefinition(size));
      }
      if (!existing.containsKey(AtlasQueries.SEARCH_INDEX)) {
        missing.add(
            new SearchIndexModel(
                AtlasQueries.SEARCH_INDEX,
                AtlasQueries.searchIndexDefinition(),
                SearchIndexType.search()));
      }
      if (!missing.isEmpty()) {
        var _ = collection.createSearchIndexes(missing);
      }
      pending.add(appId);
    } catch (MongoException e) {
      throw failure(appId, "index creation", e);
    }
  }

  /**
   * The apps whose search indexes are not all queryable yet, each with its indexes' states (e.g.
   * {@code engram_vector=BUILDING}); an app leaves the list once both are queryable.
   */
  @Override
  public Map<String, String> building() {
    Map<String, String> building = new TreeMap<>();
    for (String appId : List.copyOf(pending)) {
      List<String> states = new ArrayList<>();
      boolean queryable = true;
      try {
        int count = 0;
        for (Document index : collection(appId).listSearchIndexes()) {
          count++;
          boolean ready = Boolean.TRUE.equals(index.getBoolean("queryable"));
          queryable &= ready;
          states.add(index.getString("name") + "=" + index.get("status", ready ? "READY" : "?"));
        }
        queryable &= count >= 2;
      } catch (MongoException e) {
        queryable = false;
        states.add("unknown (" + e.getMessage() + ")");
      }
      if (queryable) {
        pending.remove(appId);
      } else {
        building.put(appId, String.join(", ", states));
      }
    }
    return building;
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    // the store wrote the documents; Atlas indexes them
  }

  @Override
  public void delete(String appId, Collection<String> ids) {
    // the store deletes documents; Atlas removes them from its indexes
  }

  @Override
  public void dropApp(String appId) {
    pending.remove(appId);
    MongoCollection<Document> collection = collection(appId);
    for (String index : List.of(AtlasQueries.VECTOR_INDEX, AtlasQueries.SEARCH_INDEX)) {
      try {
        collection.dropSearchIndex(index);
      } catch (MongoCommandException e) {
        if (e.getErrorCode() != NAMESPACE_NOT_FOUND && !isIndexNotFound(e)) {
          throw failure(appId, "drop", e);
        }
      }
    }
  }

  @Override
  public List<IndexHit> vectorSearch(String appId, float[] vector, MemoryFilter filter, int k) {
    if (k <= 0) {
      return List.of();
    }
    return run(appId, "vector search", AtlasQueries.vectorSearch(vector, filter, k), true);
  }

  @Override
  public List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    if (k <= 0 || text.isBlank()) {
      return List.of();
    }
    return run(appId, "keyword search", AtlasQueries.keywordSearch(text, filter, k), false);
  }

  @Override
  public long count(String appId) {
    try {
      return collection(appId).countDocuments();
    } catch (MongoException e) {
      throw failure(appId, "count", e);
    }
  }

  @Override
  public Optional<Instant> durableUntil(String appId) {
    return Optional.empty();
  }

  @Override
  public void commit() {
    // Atlas indexes are durable on their own
  }

  @Override
  public void close() {
    // the MongoDB client belongs to the store
  }

  private List<IndexHit> run(String appId, String what, List<Document> pipeline, boolean cosine) {
    try {
      List<IndexHit> hits = new ArrayList<>();
      for (Document doc : collection(appId).aggregate(pipeline)) {
        double score = doc.get(AtlasQueries.SCORE, Number.class).doubleValue();
        hits.add(
            new IndexHit(
                String.valueOf(doc.get("_id")),
                cosine ? AtlasQueries.cosine(score) : (float) score));
      }
      return hits;
    } catch (MongoException e) {
      throw failure(appId, what, e);
    }
  }

  private void createCollection(String appId) {
    try {
      database.createCollection(AtlasQueries.collection(appId));
    } catch (MongoCommandException e) {
      if (e.getErrorCode() != NAMESPACE_EXISTS) {
        throw e;
      }
    }
  }

  private static boolean isIndexNotFound(MongoCommandException e) {
    return e.getErrorMessage() != null && e.getErrorMessage().contains("not found");
  }

  private MongoCollection<Document> collection(String appId) {
    return database.getCollection(AtlasQueries.collection(appId));
  }

  private static MemoryException failure(String appId, String what, Exception e) {
    return new MemoryException(
        MemoryErrorCode.INDEX_FAILED,
        "Atlas " + what + " of app " + appId + " failed: " + e.getMessage(),
        null,
        e);
  }
}
