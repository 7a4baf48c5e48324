package dev.engram.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary directories of a test run (servers' data directories, browser profiles, SDK homes),
 * deleted when the test JVM exits, after every test's server has stopped: a test run leaves no data
 * directory behind under the system's temporary directory.
 */
public final class TemporaryDirectories {
  private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform().unstarted(() -> CREATED.forEach(TemporaryDirectories::delete)));
  }

  private TemporaryDirectories() {}

  /** A new directory under the system's temporary directory, deleted at exit. */
  public static Path create(String prefix) {
    try {
      Path directory = Files.createTempDirectory(prefix);
      CREATED.add(directory);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // gone already, or a file still being written at exit: the system's cleanup takes it
    }
  }
}
