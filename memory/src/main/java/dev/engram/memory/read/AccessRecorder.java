package dev.engram.memory.read;

import dev.engram.memory.store.MemoryStore;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts reads of memories off the request path: search and get add the ids they return to an
 * in-process tally (no I/O), and a background flush writes the tally to the store every 10 seconds
 * with {@link MemoryStore#recordAccess} (one batch, one commit, per app: a memory read a hundred
 * times in that span is written once, which keeps reads from growing the database file). At most
 * {@link #MAX_PENDING} distinct memories wait between flushes; beyond that, accesses are dropped
 * (counted, logged) rather than slowing reads down. The last tally is written at shutdown.
 */
@Singleton
public class AccessRecorder {
  /** Most distinct memories that wait for a flush. */
  public static final int MAX_PENDING = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(AccessRecorder.class);

  private final MemoryStore store;
  private final Clock clock;
  private final Object lock = new Object();
  private Map<String, Map<String, Integer>> pending = new HashMap<>();
  private int pendingCount;
  private long dropped;

  public AccessRecorder(MemoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Counts one access to each memory. Cheap: no I/O. */
  public void record(String appId, Collection<String> memoryIds) {
    if (memoryIds.isEmpty()) {
      return;
    }
    synchronized (lock) {
      Map<String, Integer> app = pending.computeIfAbsent(appId, a -> new HashMap<>());
      for (String id : memoryIds) {
        Integer count = app.get(id);
        if (count != null) {
          app.put(id, count + 1);
        } else if (pendingCount < MAX_PENDING) {
          app.put(id, 1);
          pendingCount++;
        } else {
          dropped++;
        }
      }
    }
  }

  /** Accesses counted but not yet written. */
  public int pending() {
    synchronized (lock) {
      return pendingCount;
    }
  }

  @Scheduled(fixedDelay = "10s", initialDelay = "10s")
  void scheduledFlush() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("writing access counts failed; they are dropped", e);
    }
  }

  /** Writes the tally to the store; returns how many memories were updated. */
  public int flush() {
    Map<String, Map<String, Integer>> batch;
    long lost;
    synchronized (lock) {
      if (pendingCount == 0) {
        return 0;
      }
      batch = pending;
      pending = new HashMap<>();
      pendingCount = 0;
      lost = dropped;
      dropped = 0;
    }
    if (lost > 0) {
      LOG.warn("{} accesses were not counted: more than {} memories pending", lost, MAX_PENDING);
    }
    Instant now = clock.instant();
    int written = 0;
    for (Map.Entry<String, Map<String, Integer>> app : batch.entrySet()) {
      store.recordAccess(app.getKey(), app.getValue(), now);
      written += app.getValue().size();
    }
    return written;
  }

  @PreDestroy
  void close() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("writing access counts at shutdown failed", e);
    }
  }
}
