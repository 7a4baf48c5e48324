package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a run's files to {@code <reports directory>/<org id>/<path>/<tick>_<run id>/}, each
 * through a temporary file moved into place, so a reader never sees half a file.
 */
@Singleton
final class DirectoryDelivery {
  private static final DateTimeFormatter TICK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

  private final Path root;

  DirectoryDelivery(
      ReportsConfiguration config, @Property(name = "engram.home") @Nullable String home) {
    String dir = config.directory();
    if (dir == null || dir.isBlank()) {
      dir =
          Path.of(home == null ? System.getProperty("user.home") + "/.engram" : home, "reports")
              .toString();
    }
    this.root = Path.of(dir).toAbsolutePath().normalize();
  }

  /** The root of directory destinations. */
  Path root() {
    return root;
  }

  String deliver(
      ReportSchedule schedule,
      ReportRun run,
      List<ReportSource.Output> files,
      Destination.Directory to)
      throws IOException {
    requireNonNull(files, "files is null");
    Path org = root.resolve(schedule.orgId()).normalize();
    Path dir = org.resolve(to.path()).resolve(TICK.format(run.tick()) + "_" + run.id()).normalize();
    if (!dir.startsWith(org)) {
      throw new IOException("path leaves the organization's directory");
    }
    Files.createDirectories(dir);
    for (ReportSource.Output file : files) {
      Path target = dir.resolve(file.fileName());
      Path temp = Files.createTempFile(dir, ".part-", ".tmp");
      try {
        Files.write(temp, file.body());
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return root.relativize(dir).toString();
  }
}
