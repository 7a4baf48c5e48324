package dev.engram.memory.index.lucene;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.index.IndexConfiguration;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded index: one Lucene index (HNSW vectors + BM25 text) per app under {@code
 * <directory>/<appId>}, opened on first use, committed every {@code commitInterval} and on close.
 * Single process by design: a Lucene directory is never shared between processes.
 */
@Singleton
@Requires(property = "engram.index.kind", value = "lucene", defaultValue = "lucene")
final class LuceneMemoryIndex implements MemoryIndex {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneMemoryIndex.class);
  private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private final Path root;
  private final Codec codec;
  private final int exactSearchUpTo;
  private final Map<String, AppIndex> apps = new ConcurrentHashMap<>();
  private final ScheduledExecutorService committer;
  private volatile boolean closed;

  @Inject
  LuceneMemoryIndex(IndexConfiguration configuration, @Value("${engram.home:}") String home) {
    this(
        configuration,
        configuration.directoryUnder(
            home.isBlank()
                ? Path.of(System.getProperty("user.home"), ".engram").toString()
                : home));
  }

  LuceneMemoryIndex(IndexConfiguration configuration, Path root) {
    this.root = root;
    this.codec = LuceneCodecs.hnsw(configuration.hnswM(), configuration.hnswBeamWidth());
    this.exactSearchUpTo = configuration.exactSearchUpTo();
    this.committer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("engram-index-commit").factory());
    long interval = Math.max(1, configuration.commitInterval().toMillis());
    var _ =
        committer.scheduleWithFixedDelay(
            this::commitQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  /** The directory holding one index directory per app. */
  Path root() {
    return root;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public void upsert(String appId, List<IndexDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    run(appId, "upsert", () -> app(appId).upsert(documents));
  }

  @Override
  public void delete(String appId, Collection<String> ids) {
    if (ids.isEmpty() || !exists(appId)) {
      return;
    }
    run(appId, "delete", () -> app(appId).delete(ids));
  }

  @Override
  public void dropApp(String appId) {
    checkOpen();
    Path path = path(appId);
    apps.compute(
        appId,
        (id, app) -> {
          try {
            if (app != null) {
              app.rollback();
            }
            if (Files.exists(path)) {
              IOUtils.rm(path);
            }
          } catch (IOException e) {
            throw failure(appId, "drop", e);
          }
          return null;
        });
  }

  @Override
  public List<IndexHit> vectorSearch(String appId, float[] vector, MemoryFilter filter, int k) {
    if (k <= 0 || !exists(appId)) {
      return List.of();
    }
    return call(appId, "vector search", () -> app(appId).vectorSearch(vector, filter, k));
  }

  @Override
  public List<IndexHit> keywordSearch(String appId, String text, MemoryFilter filter, int k) {
    if (k <= 0 || !exists(appId)) {
      return List.of();
    }
    return call(appId, "keyword search", () -> app(appId).keywordSearch(text, filter, k));
  }

  @Override
  public OptionalDouble fullMatchScore(String appId, String text) {
    if (!exists(appId)) {
      return OptionalDouble.empty();
    }
    return call(appId, "keyword scale", () -> app(appId).fullMatchScore(text));
  }

  @Override
  public long count(String appId) {
    if (!exists(appId)) {
      return 0;
    }
    return call(appId, "count", () -> app(appId).count());
  }

  @Override
  public void commit() {
    checkOpen();
    for (var entry : apps.entrySet()) {
      Instant startedAt = Instant.now();
      run(entry.getKey(), "commit", () -> entry.getValue().commit(startedAt));
    }
  }

  @Override
  public Optional<Instant> durableUntil(String appId) {
    return Optional.of(call(appId, "durable", () -> app(appId).durableUntil()));
  }

  @PreDestroy
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // no interrupt: an interrupted Lucene write closes its file channel and fails the writer
    committer.shutdown();
    try {
      if (!committer.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.warn("The periodic index commit did not finish within a minute; closing anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      IOUtils.close(apps.values());
    } catch (IOException e) {
      throw new UncheckedIOException("closing the Lucene index", e);
    } finally {
      apps.clear();
    }
  }

  private void commitQuietly() {
    for (var entry : apps.entrySet()) {
      try {
        entry.getValue().commit(Instant.now());
      } catch (IOException | AlreadyClosedException e) {
        LOG.warn("Periodic commit of the index of app {} failed", entry.getKey(), e);
      }
    }
  }

  private boolean exists(String appId) {
    checkOpen();
    return apps.containsKey(appId) || Files.isDirectory(path(appId));
  }

  private AppIndex app(String appId) {
    checkOpen();
    return apps.computeIfAbsent(
        appId,
        id -> {
          try {
            return AppIndex.open(path(id), codec, exactSearchUpTo);
          } catch (IOException e) {
            throw failure(id, "open", e);
          }
        });
  }

  private Path path(String appId) {
    if (appId == null || !APP_ID.matcher(appId).matches()) {
      throw MemoryException.invalid("appId", "must be 1-128 letters, digits, '_', '.' or '-'");
    }
    return root.resolve(appId);
  }

  private void checkOpen() {
    if (closed) {
      throw new MemoryException(MemoryErrorCode.INDEX_FAILED, "the index is closed");
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static void run(String appId, String what, IoAction action) {
    call(
        appId,
        what,
        () -> {
          action.run();
          return null;
        });
  }

  private static <T> T call(String appId, String what, IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException | AlreadyClosedException e) {
      throw failure(appId, what, e);
    } catch (IllegalArgumentException e) {
      throw new MemoryException(
          MemoryErrorCode.DIMENSION_MISMATCH,
          "index " + what + " of app " + appId + " rejected its input: " + e.getMessage(),
          "embedding",
          e);
    }
  }

  private static MemoryException failure(String appId, String what, Exception e) {
    return new MemoryException(
        MemoryErrorCode.INDEX_FAILED,
        "index " + what + " of app " + appId + " failed: " + e.getMessage(),
        null,
        e);
  }
}
