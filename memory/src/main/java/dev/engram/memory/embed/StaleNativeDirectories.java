package dev.engram.memory.embed;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the empty directories ONNX Runtime leaves in the temporary directory. It extracts its
 * native libraries into a new {@code onnxruntime-java…} directory on every start, deletes the files
 * once they are loaded and the directory only at a normal exit, so a process that is killed leaves
 * one empty directory behind. Only empty directories older than {@code minAge} are removed: a
 * process starting at the same moment may have created its own and not yet filled it.
 */
final class StaleNativeDirectories {

  private static final String PREFIX = "onnxruntime-java";

  private StaleNativeDirectories() {}

  /** Removes the stale ones in {@code dir}; returns how many were removed. Never throws. */
  static int removeIn(Path dir, Duration minAge) {
    Instant cutOff = Instant.now().minus(minAge);
    int removed = 0;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path candidate : found) {
        if (isStale(candidate, cutOff)) {
          try {
            // fails when not empty (another process's libraries): left as it is
            Files.delete(candidate);
            removed++;
          } catch (IOException notEmptyOrGone) {
            // someone else's, or removed by another process at the same time
          }
        }
      }
    } catch (IOException | SecurityException unreadable) {
      // nothing to tidy where the directory cannot be listed
    }
    return removed;
  }

  /** The temporary directory of this process. */
  static int removeInTemporaryDirectory() {
    return removeIn(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofMinutes(1));
  }

  private static boolean isStale(Path candidate, Instant cutOff) {
    try {
      if (!Files.isDirectory(candidate)) {
        return false;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(candidate)) {
        if (entries.iterator().hasNext()) {
          return false;
        }
      }
      return Files.getLastModifiedTime(candidate).toInstant().isBefore(cutOff);
    } catch (IOException e) {
      return false;
    }
  }
}
