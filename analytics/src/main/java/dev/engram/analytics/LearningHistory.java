package dev.engram.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The learning history of each app: learning events reported by tenant code and the memory events
 * of the engine, kept raw (for drill-down and export) and rolled up per app, UTC day and dimension
 * on write (for dashboards, metrics and trends).
 */
public interface LearningHistory {
  /** Records validated learning events atomically (all or none); returns their ids. */
  default List<String> record(String appId, List<LearningEvent> events) {
    return record(appId, events, c -> {});
  }

  /**
   * Records validated learning events atomically, and runs {@code alongside} on the same connection
   * inside the same transaction (e.g. writing their realtime outbox rows): everything commits, or
   * nothing (a failure of {@code alongside} rolls the events back). Returns their ids. The work may
   * run more than once (the transaction is retried after a clash with a concurrent writer; only the
   * last run commits).
   */
  List<String> record(String appId, List<LearningEvent> events, Alongside alongside);

  /** Work that commits or rolls back with the recording of learning events. */
  @FunctionalInterface
  interface Alongside {
    void run(Connection connection) throws SQLException;
  }

  /**
   * Records memory events, each once: the caller hands over a committed event a single time (the
   * observed store does, after the commit; a crash in between loses the history row, never the
   * memory). The table keeps no index of event ids (it was a fifth of each row's bytes), so an
   * event recorded again would be counted again.
   */
  void recordMemoryFacts(List<MemoryFact> facts);

  /** Counts searches (rollups only: searches, hits and latency buckets per day). */
  void recordSearches(List<SearchFact> searches);

  /** Erases the raw history of one user (rolled-up counts carry no user and stay). */
  void forgetUser(String appId, String userId);

  /** Erases everything of the app. */
  void dropApp(String appId);

  /**
   * Erases, across apps, the raw learning events and memory history from before {@code before} and
   * the rollups of hours and days that ended before it: what no query reaches any more ({@code
   * engram.analytics.retention}). All-time totals and first-seen users stay. Deletes in
   * transactions of at most {@code batchSize} rows; returns the rows removed.
   */
  long prune(Instant before, int batchSize);
}
