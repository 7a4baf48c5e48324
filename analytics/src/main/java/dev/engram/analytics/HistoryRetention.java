package dev.engram.analytics;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases the learning history no query can reach: raw learning events, memory history and hourly
 * and daily rollups older than {@code engram.analytics.retention} (400 days), every {@code
 * engram.analytics.prune-interval} (6 h). Without it the memory history, one row per change of a
 * memory, grew with every update for ever. Each instance runs it; two at once delete the same rows
 * and one of them finds nothing left.
 */
@Singleton
final class HistoryRetention {
  /** Rows deleted per transaction. */
  static final int BATCH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final LearningHistory history;
  private final AnalyticsConfiguration configuration;
  private final Clock clock;

  HistoryRetention(LearningHistory history, AnalyticsConfiguration configuration, Clock clock) {
    this.history = history;
    this.configuration = configuration;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${engram.analytics.prune-interval:6h}", initialDelay = "2m")
  void run() {
    try {
      long removed = history.prune(clock.instant().minus(configuration.retention()), BATCH);
      if (removed > 0) {
        LOG.info(
            "erased {} rows of learning history older than {} days",
            removed,
            configuration.retention().toDays());
      }
    } catch (RuntimeException e) {
      LOG.warn("erasing old learning history failed; it is tried again later", e);
    }
  }
}
