package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts searches off the search path: facts are queued (bounded; when full, the fact is dropped
 * and counted as dropped rather than slowing a search) and written in batches by one background
 * thread, one batch every {@value #INTERVAL_MS} ms at most (a search is counted within about that
 * long). Writing each search as it came cost a transaction, its rollup upserts and a durable commit
 * per search: 14 % of the server's CPU during a search benchmark at ~50 searches/s; a batch of a
 * second folds its searches into one upsert per rollup row. It also keeps the commits of a
 * read-only load few enough (one a second) for the embedded H2's compaction to see the store as
 * quiet and compact it fully.
 */
@Singleton
public final class SearchRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(SearchRecorder.class);
  private static final int CAPACITY = 100_000;
  private static final int BATCH = 2_000;
  static final long INTERVAL_MS = 1_000;

  private final LinkedBlockingQueue<SearchFact> queue = new LinkedBlockingQueue<>(CAPACITY);
  private final LearningHistory history;
  private final Thread writer;
  private final Object flushLock = new Object();
  private volatile boolean running = true;
  private volatile long dropped;

  public SearchRecorder(LearningHistory history) {
    this.history = requireNonNull(history, "history is null");
    this.writer = Thread.ofPlatform().daemon().name("engram-search-facts").start(this::loop);
  }

  /** Queues one search; never blocks. */
  public void record(SearchFact fact) {
    if (!queue.offer(fact)) {
      dropped++;
    }
  }

  /** Writes everything queued so far. */
  public void flush() {
    synchronized (flushLock) {
      List<SearchFact> batch = new ArrayList<>();
      while (queue.drainTo(batch, BATCH) > 0) {
        write(batch);
        batch.clear();
      }
    }
  }

  /** Searches not counted because the queue was full. */
  public long dropped() {
    return dropped;
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(INTERVAL_MS); // the searches of this interval join one batch
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // close() flushes what is left
      }
      flush();
    }
  }

  private void write(List<SearchFact> batch) {
    try {
      history.recordSearches(batch);
    } catch (RuntimeException e) {
      LOG.warn("{} searches were not counted: {}", batch.size(), e.getMessage());
    }
  }

  @PreDestroy
  void close() {
    running = false;
    writer.interrupt();
    flush();
  }
}
