package dev.engram.analytics;

import java.util.List;

/**
 * The learning history of each app: learning events reported by tenant code and the memory events
 * of the engine, kept raw (for drill-down and export) and rolled up per app, UTC day and dimension
 * on write (for dashboards, metrics and trends).
 */
public interface LearningHistory {
  /** Records validated learning events atomically (all or none); returns their ids. */
  List<String> record(String appId, List<LearningEvent> events);

  /**
   * Records memory events. Recording an event id already recorded is a no-op, so a replay after a
   * crash does not count twice.
   */
  void recordMemoryFacts(List<MemoryFact> facts);

  /** Counts searches (rollups only: searches, hits and latency buckets per day). */
  void recordSearches(List<SearchFact> searches);

  /** Erases the raw history of one user (rolled-up counts carry no user and stay). */
  void forgetUser(String appId, String userId);

  /** Erases everything of the app. */
  void dropApp(String appId);
}
