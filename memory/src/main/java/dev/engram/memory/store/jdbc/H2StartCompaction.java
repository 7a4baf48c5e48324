package dev.engram.memory.store.jdbc;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compaction of an embedded H2 database file at start, before the pool opens it: H2 opens the
 * database (finishing what a crash left: uncommitted work is rolled back), and {@code SHUTDOWN
 * COMPACT} closes it cleanly and copies every live page into a new, packed file that replaces the
 * old one.
 *
 * <p>Why: the online compaction ({@link H2Compaction}) drops dead chunks and rewrites sparse ones,
 * but it moves pages as they are: a B-tree page half emptied by deletes stays half empty, so a file
 * that went through updates and deletes holds up to twice its data even when every chunk is live. A
 * start is the one moment no connection holds the file. It takes a few seconds per GB of file and
 * needs room for the packed copy; an operator who would rather start at once sets {@code
 * engram.h2.compact-at-start: false}.
 *
 * <p>Not H2's {@code MVStoreTool.compact} on the closed file: on the file of a killed process, with
 * a transaction open, its copy could not be opened again ("Unable to read the page"); H2's own path
 * recovers the database first. Safe when interrupted: the copy is written to a temporary file and
 * moved over the old one only once complete, and H2 removes a temporary file left by a crash when
 * it opens the database. When the file cannot be compacted (another process holds it, too little
 * disk), the server starts on it as it is, and says why in the log.
 */
@Singleton
@Requires(property = "engram.h2.compact-at-start", notEquals = "false")
final class H2StartCompaction implements BeanCreatedEventListener<DatasourceConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(H2StartCompaction.class);
  private static final String FILE_URL = "jdbc:h2:file:";
  private static final String SUFFIX = ".mv.db";

  /** The file's size before and after, and how long it took. */
  record Outcome(long bytesBefore, long bytesAfter, long millis) {}

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration configuration = event.getBean();
    String url = configuration.getUrl();
    databaseFile(url == null ? "" : url)
        .ifPresent(
            file -> {
              try {
                compact(file, url, configuration.getUsername(), configuration.getPassword())
                    .ifPresent(
                        o ->
                            LOG.info(
                                "H2 file compacted at start from {} MB to {} MB in {} ms",
                                o.bytesBefore() >> 20,
                                o.bytesAfter() >> 20,
                                o.millis()));
              } catch (SQLException | IllegalStateException | UncheckedIOException e) {
                LOG.warn("the H2 file {} was not compacted at start: {}", file, e.getMessage());
              }
            });
    return configuration;
  }

  /**
   * The database file of an embedded H2 URL ({@code jdbc:h2:file:PATH;…} → {@code PATH.mv.db});
   * empty for any other URL (in-memory, server mode, other databases).
   */
  static Optional<Path> databaseFile(String url) {
    if (!url.startsWith(FILE_URL)) {
      return Optional.empty();
    }
    String path = url.substring(FILE_URL.length());
    int settings = path.indexOf(';');
    if (settings >= 0) {
      path = path.substring(0, settings);
    }
    if (path.isBlank()) {
      return Optional.empty();
    }
    if (path.startsWith("~/")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Optional.of(Path.of(path + SUFFIX));
  }

  /**
   * Compacts the database of {@code url}, whose file is {@code file}, if the file exists; empty
   * when there is none (a first start).
   *
   * @throws IllegalStateException when the file is in use (by this process or another)
   */
  static Optional<Outcome> compact(
      Path file, String url, @Nullable String user, @Nullable String password) throws SQLException {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return Optional.empty();
      }
      if (inUse(file)) {
        throw new IllegalStateException("the file is in use");
      }
      long before = Files.size(file);
      long start = System.nanoTime();
      try (Connection connection =
              DriverManager.getConnection(url, user == null ? "" : user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      }
      return Optional.of(
          new Outcome(before, Files.size(file), (System.nanoTime() - start) / 1_000_000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a process (this one included) holds H2's lock on the file. */
  private static boolean inUse(Path file) throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true;
    }
  }
}
