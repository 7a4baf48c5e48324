package dev.engram.api.ops;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.index.atlas.AtlasSearchStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.DiskSpaceMetrics;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges operators alert on (infra/prometheus/alerts.yml) that no single write path owns, read at
 * most every {@link #REFRESH} however often Prometheus scrapes:
 *
 * <ul>
 *   <li>{@code engram_tasks{status}}: background tasks (conversation ingestion, summaries) queued,
 *       running and failed — the ingestion backlog and its failures;
 *   <li>{@code engram_jobs_due} (durable jobs past their time, not yet picked) and {@code
 *       engram_jobs_retrying} (jobs whose last run failed and that will run again);
 *   <li>{@code engram_memories{app}}: documents in each app's index (seed 004's sizes per app);
 *   <li>{@code engram_atlas_search_indexes_building}: apps whose Atlas search indexes are not
 *       queryable yet (Atlas index only);
 *   <li>{@code disk_free_bytes} / {@code disk_total_bytes} of the data directory.
 * </ul>
 */
@Context
@Requires(beans = MeterRegistry.class)
final class OperationsMetrics {
  static final Duration REFRESH = Duration.ofSeconds(15);
  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);
  private static final List<String> TASK_STATUSES = List.of("queued", "running", "failed");

  private final DataSource dataSource;
  private final MemoryIndex index;
  private final AppDirectory apps;
  private final Optional<AtlasSearchStatus> atlas;
  private final Clock clock;
  private final MultiGauge memories;
  private Instant readAt = Instant.EPOCH;
  private Map<String, Long> tasks = Map.of();
  private long jobsDue;
  private long jobsRetrying;
  private long atlasBuilding;

  OperationsMetrics(
      MeterRegistry registry,
      DataSource dataSource,
      MemoryIndex index,
      AppDirectory apps,
      Optional<AtlasSearchStatus> atlas,
      Clock clock,
      @Value("${engram.home:}") String home) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.index = index;
    this.apps = apps;
    this.atlas = atlas;
    this.clock = clock;
    for (String status : TASK_STATUSES) {
      Gauge.builder("engram.tasks", this, m -> m.fresh().tasks.getOrDefault(status, 0L))
          .description("Background tasks (ingestion, summaries) by status")
          .tag("status", status)
          .register(registry);
    }
    Gauge.builder("engram.jobs.due", this, m -> m.fresh().jobsDue)
        .description("Durable jobs past their execution time and not picked yet")
        .register(registry);
    Gauge.builder("engram.jobs.retrying", this, m -> m.fresh().jobsRetrying)
        .description("Durable jobs whose last run failed and that will run again")
        .register(registry);
    if (atlas.isPresent()) {
      Gauge.builder("engram.atlas.search_indexes.building", this, m -> m.fresh().atlasBuilding)
          .description("Apps whose Atlas search indexes are not queryable yet")
          .register(registry);
    }
    memories =
        MultiGauge.builder("engram.memories")
            .description("Memories in each app's index (any status)")
            .register(registry);
    Path data =
        home.isBlank() ? Path.of(System.getProperty("user.home"), ".engram") : Path.of(home);
    File disk =
        (Files.isDirectory(data) ? data : Path.of(System.getProperty("user.home"))).toFile();
    new DiskSpaceMetrics(disk).bindTo(registry);
  }

  /** The values, read again when older than {@link #REFRESH}. */
  private synchronized OperationsMetrics fresh() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(REFRESH) < 0) {
      return this;
    }
    readAt = now;
    try (Connection connection = dataSource.getConnection()) {
      tasks = taskCounts(connection);
      jobsDue =
          count(
              connection,
              "select count(*) from scheduled_tasks where picked = false and execution_time <= ?",
              now);
      jobsRetrying =
          count(
              connection,
              "select count(*) from scheduled_tasks where consecutive_failures > 0",
              null);
    } catch (SQLException e) {
      LOG.warn("operations metrics: the database did not answer: {}", e.getMessage());
    }
    atlas.ifPresent(status -> atlasBuilding = status.building().size());
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (String appId : apps.appIds()) {
      try {
        long count = index.count(appId);
        rows.add(MultiGauge.Row.of(Tags.of("app", appId), count));
      } catch (RuntimeException e) {
        LOG.debug("operations metrics: no count for app {}: {}", appId, e.getMessage());
      }
    }
    memories.register(rows, true);
    return this;
  }

  private static Map<String, Long> taskCounts(Connection connection) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "select status, count(*) from tasks where status in (?, ?, ?) group by status");
        ResultSet rows = bind(statement, TASK_STATUSES).executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static PreparedStatement bind(PreparedStatement statement, List<String> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(i + 1, values.get(i));
    }
    return statement;
  }

  private static long count(Connection connection, String sql, Instant at) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (at != null) {
        statement.setTimestamp(1, Timestamp.from(at));
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }
}
