package dev.engram.tools;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data directory of a benchmark or evaluation: {@code --home DIR} when given (kept), else a
 * fresh temporary directory that is deleted when the tool finishes or fails, unless {@code --keep}
 * asks to keep it for inspection.
 */
final class DataDirectory implements AutoCloseable {
  private final Path path;

  /** Set when the directory is deleted at the end; null for {@code --home} or {@code --keep}. */
  private final OnInterrupt.@Nullable Registration onInterrupt;

  private DataDirectory(Path path, boolean delete) {
    this.path = path;
    // Ctrl-C during a long load must not leave gigabytes behind either
    this.onInterrupt = delete ? OnInterrupt.register(this::deleteAll) : null;
  }

  static DataDirectory of(Map<String, String> options, String prefix) throws IOException {
    if (options.containsKey("home")) {
      return new DataDirectory(Path.of(options.get("home")), false);
    }
    Path path = Files.createTempDirectory(prefix);
    boolean keep = options.containsKey("keep");
    System.err.println("data directory: " + path + (keep ? " (kept)" : " (deleted at the end)"));
    return new DataDirectory(path, !keep);
  }

  Path path() {
    return path;
  }

  /** Size of the data directory without scratch files (tmp, native libraries), in MiB. */
  double sizeMb() {
    try (Stream<Path> files = Files.walk(path)) {
      return files
              .filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(path.resolve("tmp")) && !p.startsWith(path.resolve("djl")))
              .mapToLong(DataDirectory::size)
              .sum()
          / (1024.0 * 1024.0);
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  /**
   * How long {@link #settledSizeMb} waits first: two runs of the online compaction (every 10 s).
   */
  private static final Duration SETTLE = Duration.ofSeconds(25);

  /**
   * How long {@link #settledSizeMb} waits at most for the compaction to stop shrinking the
   * directory. A churned H2 file is compacted one second in ten: 25 s after 100,000 changes the
   * directory of 20,000 memories measured 183 MB in one run and 416 MB in another of the same code
   * (153 MB after close), so a single reading said more about timing than about what was stored.
   */
  private static final Duration MAX_SETTLE = Duration.ofMinutes(5);

  /** The interval between readings while settling: two runs of the online compaction. */
  private static final Duration READING = Duration.ofSeconds(20);

  /**
   * The size once the server's online compaction stopped shrinking the directory: read every {@link
   * #READING} after {@link #SETTLE}, until a reading is not 1 % below the one before, for at most
   * {@link #MAX_SETTLE}.
   */
  double settledSizeMb() throws InterruptedException {
    Thread.sleep(SETTLE);
    long deadline = System.nanoTime() + MAX_SETTLE.toNanos();
    double last = sizeMb();
    while (System.nanoTime() < deadline) {
      Thread.sleep(READING);
      double now = sizeMb();
      if (now >= last * 0.99) {
        return now;
      }
      last = now;
    }
    return last;
  }

  /** Size of one file under the data directory in MiB, 0 when absent. */
  double fileMb(String relative) {
    Path file = path.resolve(relative);
    return Files.isRegularFile(file) ? size(file) / (1024.0 * 1024.0) : 0;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    if (onInterrupt == null) {
      return;
    }
    onInterrupt.close();
    deleteAll();
  }

  private void deleteAll() {
    // a server that has just exited may still be removing its scratch files: walk again
    for (int attempt = 1; ; attempt++) {
      try {
        deleteTree();
        return;
      } catch (IOException | UncheckedIOException e) {
        if (attempt == 3) {
          throw new UncheckedIOException(
              "could not delete the data directory " + path,
              e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
      }
    }
  }

  private void deleteTree() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
