package dev.engram.memory.store.jdbc;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online compaction of an embedded H2 database file.
 *
 * <p>Why it is needed: H2's MVStore never overwrites a page; every commit appends a chunk holding
 * each page the commit changed, and the older copies become garbage inside earlier chunks. H2's own
 * background writer rewrites sparse chunks and moves them to shrink the file, but that thread only
 * runs with a write delay: Engram opens H2 with {@code WRITE_DELAY=0} (each commit is on disk
 * before the answer is sent), which stops it, so nothing ever reclaimed the garbage and the file
 * grew with every write, access count and update (~93 KB per memory at 100,000 memories).
 *
 * <p>This job takes that housekeeping over: every 10 seconds, when less than {@link
 * #FILL_THRESHOLD}% of what its chunks hold is live data, it rewrites the sparse chunks and moves
 * chunks down so the file can be truncated, for about {@link #MAX_MILLIS} ms per run (writers wait
 * for the store lock meanwhile), then restores H2's chunk retention time. It does nothing on other
 * databases or on in-memory H2.
 */
@Singleton
final class H2Compaction {
  /** Compact when less than this share of the chunks (percent) is live data and writes paused. */
  static final int FILL_THRESHOLD = 80;

  /**
   * Compact even under a steady write load when less than this share (percent) is live. H2's {@code
   * compactFile} works towards 90 % live for its whole time budget and holds the store meanwhile:
   * at 80 % under the load of {@code bench search} it ran after nearly every 10 s and took 1–2.6 s
   * (its budget is checked between 16 MB steps), so writers waited a tenth to a fifth of the time
   * and the job used a good share of a core. Under load the file may reach 1 / threshold of its
   * live data (2.5×), and is compacted to the first threshold once writes pause. Measured at 60 %
   * too (100,000 memories, dead chunks reused after {@link #RETENTION_MILLIS}): the file right
   * after the load 652–734 MB against 911 MB, the same size once settled, but the searches right
   * after the load were slower in every stage (p95 34.9 and 37.9 ms against 24.5 ms; the query
   * embedding, which touches no database, 11.8–12.1 against 7.9 ms): the compaction took more of
   * the 2 cores.
   */
  static final int BUSY_FILL_THRESHOLD = 40;

  /** More commits than this since the previous run (10 s) make the store busy. */
  static final long BUSY_COMMITS = 20;

  /** Time budget of a run of the online compaction (milliseconds). */
  static final int MAX_MILLIS = 1_000;

  /**
   * Time budget of the first run after a write burst ended (milliseconds). A burst leaves the file
   * at up to 2.5× its live data (see {@link #BUSY_FILL_THRESHOLD}); with one second per 10 s the
   * file of a 100,000-memory load was still ~1.9× its live size a minute after the load ended
   * (1,050 MB against 638 MB after close), so the run that first sees the writers gone catches up
   * for longer. Writers are few then, and readers do not wait for the store lock.
   */
  static final int CATCH_UP_MAX_MILLIS = 5_000;

  /** Time budget of the compaction at shutdown (milliseconds). */
  static final int CLOSE_MAX_MILLIS = 2_000;

  /**
   * How long H2 keeps a chunk once nothing in it is live (milliseconds), instead of its default of
   * 45 s. H2 keeps dead chunks so that a crash of the machine, with writes the operating system had
   * not yet flushed, still finds the chunks the last flushed state refers to; it assumes the disk
   * has everything within that time. This job flushes the file every {@link #SYNC_MILLIS} ms, so a
   * few seconds keep that guarantee, and the space of dead chunks is reused that much sooner: with
   * 45 s the file of a 20,000-memory load swung between 1× and 5× its live data (each commit
   * rewrites the pages it touched, ~10 MB/s of new chunks at ~250 memories/s).
   */
  static final int RETENTION_MILLIS = 5_000;

  /** How often the file is flushed to the disk (milliseconds). */
  static final int SYNC_MILLIS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

  private final DataSource dataSource;

  H2Compaction(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * The file's size and the share of its chunks that is live data (percent), before and after a
   * run.
   */
  record Outcome(long bytesBefore, long bytesAfter, int fillBefore, int fillAfter) {}

  /** The store's version (commit count) at the previous run; -1 before the first one. */
  private long lastVersion = -1;

  /** Whether writers were busy at the previous run. */
  private boolean wasBusy;

  /**
   * The live share under which a run compacts, from the commits made since the previous run: the
   * full threshold when writes paused (access counts commit once per app and 10 s), the low one
   * while writers are busy.
   */
  static int threshold(long commitsSinceLastRun) {
    return busy(commitsSinceLastRun) ? BUSY_FILL_THRESHOLD : FILL_THRESHOLD;
  }

  /**
   * The time budget of a run: {@link #CATCH_UP_MAX_MILLIS} for the first quiet run after a busy
   * one, else {@link #MAX_MILLIS}.
   */
  static int budget(boolean busyBefore, long commitsSinceLastRun) {
    return busyBefore && !busy(commitsSinceLastRun) ? CATCH_UP_MAX_MILLIS : MAX_MILLIS;
  }

  private static boolean busy(long commitsSinceLastRun) {
    return commitsSinceLastRun > BUSY_COMMITS;
  }

  /**
   * Flushes the file to the disk and keeps H2's retention of dead chunks at {@link
   * #RETENTION_MILLIS}; false when the database is not an H2 file.
   */
  @Scheduled(fixedDelay = "1s", initialDelay = "1s")
  boolean sync() {
    try (Connection connection = dataSource.getConnection()) {
      Optional<MVStore> found = mvStore(connection);
      if (found.isEmpty()) {
        return false;
      }
      MVStore store = found.get();
      store.sync();
      // after the first flush; a compaction run sets 0 for its time and restores this
      if (store.getRetentionTime() > RETENTION_MILLIS) {
        store.setRetentionTime(RETENTION_MILLIS);
      }
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.warn("flushing the H2 file failed; it is tried again in a second", e);
      return false;
    }
  }

  @Scheduled(fixedDelay = "10s", initialDelay = "5s")
  synchronized void scheduled() {
    try {
      compact(
              store -> {
                long version = store.getCurrentVersion();
                long commits = lastVersion < 0 ? 0 : version - lastVersion;
                lastVersion = version;
                int budget = budget(wasBusy, commits);
                wasBusy = busy(commits);
                return new Run(threshold(commits), budget);
              })
          .filter(o -> o.bytesAfter() != o.bytesBefore())
          .ifPresent(
              o ->
                  LOG.info(
                      "H2 file compacted from {} MB ({}% live) to {} MB ({}% live)",
                      o.bytesBefore() >> 20, o.fillBefore(), o.bytesAfter() >> 20, o.fillAfter()));
    } catch (RuntimeException e) {
      LOG.warn("compacting the H2 file failed; it is tried again later", e);
    }
  }

  /**
   * Compacts the file if less than {@code threshold}% of it is live, for at most {@code maxMillis}.
   * Empty when the database is not an H2 file.
   */
  Optional<Outcome> compact(int threshold, int maxMillis) {
    return compact(store -> new Run(threshold, maxMillis));
  }

  /** When a run compacts (live share under {@code threshold} percent) and for how long at most. */
  private record Run(int threshold, int maxMillis) {}

  private Optional<Outcome> compact(Function<MVStore, Run> plan) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<MVStore> found = mvStore(connection);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      MVStore store = found.get();
      long before = store.getFileStore().size();
      int fillBefore = store.getFileStore().getChunksFillRate();
      Run run = plan.apply(store);
      if (LOG.isDebugEnabled() && store.getFileStore() instanceof RandomAccessStore file) {
        LOG.debug(
            "H2 file {} MB: chunks {}% live, file {}% in use; threshold {}%",
            before >> 20, fillBefore, file.getFillRate(), run.threshold());
      }
      long deadline = System.nanoTime() + run.maxMillis() * 1_000_000L;
      if (fillBefore < run.threshold()) {
        int retention = store.getRetentionTime();
        try {
          // compactFile sets the retention time to 0 (moved chunks may be overwritten at once)
          store.compactFile(run.maxMillis());
        } finally {
          store.setRetentionTime(retention);
        }
      }
      if (store.getFileStore() instanceof RandomAccessStore file
          && file.getFillRate() < run.threshold()) {
        closeGaps(store, file, run.threshold(), deadline);
      }
      return Optional.of(
          new Outcome(
              before,
              store.getFileStore().size(),
              fillBefore,
              store.getFileStore().getChunksFillRate()));
    } catch (SQLException e) {
      throw new IllegalStateException("no connection to compact the H2 file", e);
    }
  }

  /**
   * Only moves chunks into the gaps before them ({@link #closeGaps}) while less than {@code
   * threshold}% of the file is in use, for at most {@code maxMillis}; empty when the database is
   * not an H2 file.
   */
  Optional<Outcome> closeGaps(int threshold, int maxMillis) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<MVStore> found = mvStore(connection);
      if (found.isEmpty() || !(found.get().getFileStore() instanceof RandomAccessStore file)) {
        return Optional.empty();
      }
      long before = file.size();
      int fillBefore = file.getFillRate();
      closeGaps(found.get(), file, threshold, System.nanoTime() + maxMillis * 1_000_000L);
      return Optional.of(new Outcome(before, file.size(), fillBefore, file.getFillRate()));
    } catch (SQLException e) {
      throw new IllegalStateException("no connection to compact the H2 file", e);
    }
  }

  /** How many bytes of chunks one step of {@link #closeGaps} moves at most. */
  static final long MOVE_BYTES = 16L << 20;

  /**
   * Moves chunks from the end of the file into the free space before them and truncates the file,
   * step by step until the deadline or until {@code threshold}% of the file is in use. The chunks
   * may be full while the file is not: H2 drops a chunk once nothing in it is live and its
   * retention time has passed, which leaves a hole, and {@code compactFile} only moves chunks when
   * it first found some of them sparse, so such holes stayed until one did.
   */
  private static void closeGaps(
      MVStore store, RandomAccessStore file, int threshold, long deadline) {
    while (System.nanoTime() < deadline && file.getFillRate() < threshold) {
      long size = file.size();
      int fill = file.getFillRate();
      file.sync();
      file.compactMoveChunks(threshold, MOVE_BYTES, store);
      if (file.size() >= size && file.getFillRate() <= fill) {
        return; // nothing left that this step can move
      }
    }
  }

  @PreDestroy
  void close() {
    // the last compaction before the file is closed (H2 adds its own MAX_COMPACT_TIME at close)
    try {
      compact(FILL_THRESHOLD, CLOSE_MAX_MILLIS);
    } catch (RuntimeException e) {
      LOG.warn("compacting the H2 file at shutdown failed", e);
    }
  }

  static Optional<MVStore> mvStore(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return Optional.empty();
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return Optional.empty();
    }
    var database = session.getDatabase();
    if (!database.isPersistent() || database.getStore() == null) {
      return Optional.empty();
    }
    MVStore store = database.getStore().getMvStore();
    return store.getFileStore() == null || store.isClosed() ? Optional.empty() : Optional.of(store);
  }
}
