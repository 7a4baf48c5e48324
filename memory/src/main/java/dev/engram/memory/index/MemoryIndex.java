package dev.engram.memory.index;

import dev.engram.memory.MemoryFilter;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Vector (approximate nearest neighbours) and keyword (BM25) search over an app's memories,
 * pre-filtered by {@link MemoryFilter} fields it can index (user, session, agent, run, type,
 * category, tags, status, importance, created time, validity). Callers re-check every hit against
 * the store, so an index may return extra candidates but must not miss matching ones.
 *
 * <p>Implementations: Lucene on disk (default) and Atlas Vector Search. {@code MemoryIndexContract}
 * in the test-jar is the behaviour every implementation must pass.
 */
public interface MemoryIndex extends AutoCloseable {
  /** Short name for health and logs: {@code lucene}, {@code atlas}. */
  String name();

  /** Adds or replaces documents (by memory id). Visible to searches when this returns. */
  void upsert(String appId, List<IndexDocument> documents);

  /** Removes documents by memory id; unknown ids are ignored. */
  void delete(String appId, Collection<String> ids);

  /**
   * Prepares the app's index when the app is created, and for every app at start (Atlas: creates
   * its search indexes, which then build in the background). Idempotent; nothing to do by default.
   */
  default void createApp(String appId) {}

  /** Removes everything of the app. */
  void dropApp(String appId);

  /** The {@code k} nearest documents to the unit-length vector, best first. */
  List<IndexHit> vectorSearch(String appId, float[] vector, MemoryFilter filter, int k);

  /** The {@code k} best BM25 matches of the text, best first. */
  List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k);

  /**
   * The scale of {@link #keywordSearch}'s scores for this text: the BM25 score of a document of the
   * app's average length that holds each of the text's terms once. A hit scoring this matched the
   * whole query; one that matched only a common word of it scores a small part of it. Empty when
   * the index cannot tell (no document, no term left after analysis, or an index whose term
   * statistics are not readable): search then reads keyword scores against the best hit's.
   */
  default OptionalDouble fullMatchScore(String appId, String text) {
    return OptionalDouble.empty();
  }

  /** Number of documents of the app (any status). */
  long count(String appId);

  /** Makes everything upserted so far durable (survives a crash). */
  void commit();

  /**
   * Up to when the app's index is known to hold every change: changes the store recorded after this
   * instant may be missing after a crash and are caught up from the store at start. Empty when the
   * index reads the store's own data and never lags (Atlas).
   */
  Optional<Instant> durableUntil(String appId);

  @Override
  void close();
}
