package dev.engram.memory.index.atlas;

import static java.util.Objects.requireNonNull;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.SearchIndexModel;
import com.mongodb.client.model.SearchIndexType;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Atlas Vector Search ({@code $vectorSearch}) and Atlas Search ({@code $search}) over the MongoDB
 * store's {@code memories_<appId>} collections. The store owns the documents, so {@link #upsert}
 * and {@link #delete} only make sure the app's two search indexes exist; Atlas keeps them in sync
 * asynchronously (a write is searchable after a short delay, not when {@code upsert} returns).
 */
@Singleton
@Requires(property = "engram.index.kind", value = "atlas")
@Requires(property = "mongodb.uri")
final class AtlasMemoryIndex implements MemoryIndex {
  /** Database when the URI names none; the MongoDB store uses the same rule. */
  static final String DEFAULT_DATABASE = "engram";

  private static final int NAMESPACE_NOT_FOUND = 26;

  private final MongoDatabase database;
  private final MongoClient ownedClient;
  private final Set<String> vectorIndexed = ConcurrentHashMap.newKeySet();
  private final Set<String> textIndexed = ConcurrentHashMap.newKeySet();

  @Inject
  AtlasMemoryIndex(@Value("${mongodb.uri}") String uri) {
    ConnectionString connection = new ConnectionString(uri);
    this.ownedClient = MongoClients.create(connection);
    String name = connection.getDatabase();
    this.database = ownedClient.getDatabase(name == null ? DEFAULT_DATABASE : name);
  }

  /** Over a database whose client the caller owns (tests, tools). */
  AtlasMemoryIndex(MongoDatabase database) {
    this.database = requireNonNull(database, "database is null");
    this.ownedClient = null;
  }

  @Override
  public String name() {
    return "atlas";
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    if (!documents.isEmpty()) {
      ensureIndexes(appId, documents.get(0).memory().embedding().length);
    }
  }

  @Override
  public void delete(String appId, Collection<String> ids) {
    // the store deletes documents; Atlas removes them from its indexes
  }

  @Override
  public void dropApp(String appId) {
    vectorIndexed.remove(appId);
    textIndexed.remove(appId);
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
    ensureIndexes(appId, vector.length);
    return run(appId, "vector search", AtlasQueries.vectorSearch(vector, filter, k), true);
  }

  @Override
  public List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    if (k <= 0 || text.isBlank()) {
      return List.of();
    }
    ensureIndexes(appId, 0);
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

  @PreDestroy
  @Override
  public void close() {
    if (ownedClient != null) {
      ownedClient.close();
    }
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

  /**
   * Creates the app's missing search indexes: the vector index once the dimensions are known (from
   * the first document or query), the text index always. A missing collection (an app without
   * memories yet) is left alone and checked again next time.
   */
  private void ensureIndexes(String appId, int dimensions) {
    boolean needVector = dimensions > 0 && !vectorIndexed.contains(appId);
    boolean needText = !textIndexed.contains(appId);
    if (!needVector && !needText) {
      return;
    }
    MongoCollection<Document> collection = collection(appId);
    try {
      Set<String> existing = new HashSet<>();
      for (Document index : collection.listSearchIndexes()) {
        existing.add(index.getString("name"));
      }
      List<SearchIndexModel> missing = new ArrayList<>();
      if (needVector && !existing.contains(AtlasQueries.VECTOR_INDEX)) {
        missing.add(
            new SearchIndexModel(
                AtlasQueries.VECTOR_INDEX,
                AtlasQueries.vectorIndexDefinition(dimensions),
                SearchIndexType.vectorSearch()));
      }
      if (needText && !existing.contains(AtlasQueries.SEARCH_INDEX)) {
        missing.add(
            new SearchIndexModel(
                AtlasQueries.SEARCH_INDEX,
                AtlasQueries.searchIndexDefinition(),
                SearchIndexType.search()));
      }
      if (!missing.isEmpty()) {
        var _ = collection.createSearchIndexes(missing);
      }
      if (dimensions > 0) {
        vectorIndexed.add(appId);
      }
      textIndexed.add(appId);
    } catch (MongoCommandException e) {
      if (e.getErrorCode() != NAMESPACE_NOT_FOUND) {
        throw failure(appId, "index creation", e);
      }
    } catch (MongoException e) {
      throw failure(appId, "index creation", e);
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
