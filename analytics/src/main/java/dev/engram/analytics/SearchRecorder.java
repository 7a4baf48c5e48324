package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts searches off the search path: facts are queued (bounded; when full, the fact is dropped
 * and counted as dropped rather than slowing a search) and written in batches by one background
 * thread at least every 500 ms.
 */
@Singleton
public final class SearchRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(SearchRecorder.class);
  private static final int CAPACITY = 100_000;
  private static final int BATCH = 2_000;

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
        SearchFact first = queue.poll(500, TimeUnit.MILLISECONDS);
        if (first != null) {
          synchronized (flushLock) {
            List<SearchFact> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            write(batch);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
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
