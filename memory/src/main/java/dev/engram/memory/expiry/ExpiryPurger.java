package dev.engram.memory.expiry;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges memories whose time to live ended. Reads already hide them the moment they expire; this
 * removes them from the store and the index for good.
 */
@Singleton
public class ExpiryPurger {
  private static final Logger LOG = LoggerFactory.getLogger(ExpiryPurger.class);
  private static final int BATCH = 500;

  private final AppDirectory apps;
  private final MemoryStore store;
  private final MemoryIndex index;
  private final Clock clock;

  public ExpiryPurger(AppDirectory apps, MemoryStore store, MemoryIndex index, Clock clock) {
    this.apps = apps;
    this.store = store;
    this.index = index;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${engram.memory.purge-interval:1m}", initialDelay = "30s")
  void scheduledPurge() {
    try {
      purgeAll();
    } catch (RuntimeException e) {
      LOG.warn("expiry purge failed; will retry", e);
    }
  }

  /** Purges every app; returns how many memories were removed. */
  public int purgeAll() {
    int total = 0;
    for (String appId : apps.appIds()) {
      total += purge(appId);
    }
    return total;
  }

  public int purge(String appId) {
    int total = 0;
    List<String> ids;
    do {
      ids = store.purgeExpired(appId, clock.instant(), BATCH);
      if (!ids.isEmpty()) {
        index.delete(appId, ids);
        total += ids.size();
      }
    } while (ids.size() == BATCH);
    if (total > 0) {
      LOG.info("purged {} expired memories of app {}", total, appId);
    }
    return total;
  }
}
