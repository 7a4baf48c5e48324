package dev.engram.memory.retention;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.RecurringJob;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prunes old history, app by app, in batches of {@code batch-size} rows per transaction: superseded
 * versions and deleted memories older than {@code superseded-versions} (with their events and
 * relations, from the store and the index) and events of the event log older than {@code events}.
 * Active memories are never pruned; a newer version keeps its {@code previous_id}, and the
 * evolution views report the pruned one ({@code pruned_previous_id}). Runs every {@code interval}
 * as a durable recurring job, so one instance prunes at a time.
 *
 * <p>Needs the application's {@link AppDirectory} (the api module provides it); an engine started
 * without one (the memory module's own tests) runs no retention.
 *
 * <p>A batch that lost to a concurrent change (a version conflict) is tried again a few times; the
 * rest waits for the next run. Short transactions keep writers from waiting on the pruning.
 */
@Singleton
@Requires(beans = AppDirectory.class)
public final class Retention implements RecurringJob {
  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  /** Tries of one batch that lost to a concurrent change. */
  static final int TRIES = 3;

  private final RetentionConfiguration config;
  // a provider: the app directory's own dependencies reach the job runner, which runs this job
  private final Provider<AppDirectory> apps;
  private final MemoryStore store;
  private final MemoryIndex index;
  private final Clock clock;

  public Retention(
      RetentionConfiguration config,
      Provider<AppDirectory> apps,
      MemoryStore store,
      MemoryIndex index,
      Clock clock) {
    this.config = requireNonNull(config, "config is null");
    this.apps = requireNonNull(apps, "apps is null");
    this.store = requireNonNull(store, "store is null");
    this.index = requireNonNull(index, "index is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** What one pass removed. */
  public record Pruned(long versions, long events) {
    Pruned plus(Pruned other) {
      return new Pruned(versions + other.versions, events + other.events);
    }
  }

  @Override
  public String name() {
    return "retention";
  }

  @Override
  public Duration every() {
    return config.interval();
  }

  @Override
  public void run() {
    if (!config.enabled()) {
      return;
    }
    try {
      pruneAll();
    } catch (RuntimeException e) {
      LOG.warn("retention pass failed; the next one tries again", e);
    }
  }

  /** Prunes every app now (whether or not retention is enabled). */
  public Pruned pruneAll() {
    Pruned total = new Pruned(0, 0);
    for (String appId : apps.get().appIds()) {
      total = total.plus(prune(appId));
    }
    return total;
  }

  /** Prunes one app's old history now. */
  public Pruned prune(String appId) {
    Instant now = clock.instant();
    Instant versionsBefore = now.minus(config.supersededVersions());
    Instant eventsBefore = now.minus(config.events());
    int batch = config.batchSize();
    long versions = 0;
    List<String> ids;
    do {
      ids = retried(() -> store.pruneVersions(appId, versionsBefore, batch));
      if (!ids.isEmpty()) {
        index.delete(appId, ids);
        versions += ids.size();
      }
    } while (ids.size() == batch);
    long events = 0;
    int removed;
    do {
      IntSupplier prune = () -> store.pruneEvents(appId, eventsBefore, batch);
      removed = retried(prune::getAsInt);
      events += removed;
    } while (removed == batch);
    if (versions > 0 || events > 0) {
      LOG.info(
          "retention pruned {} superseded versions and {} events of app {}",
          versions,
          events,
          appId);
    }
    return new Pruned(versions, events);
  }

  /** Runs a batch again when it lost to a concurrent change, up to {@link #TRIES} times. */
  private static <T> T retried(Supplier<T> batch) {
    for (int attempt = 1; ; attempt++) {
      try {
        return batch.get();
      } catch (MemoryException e) {
        if (e.code() != MemoryErrorCode.VERSION_CONFLICT || attempt >= TRIES) {
          throw e;
        }
      }
    }
  }
}
