package dev.engram.tools;

import dev.engram.analytics.LearningEvent;
import dev.engram.analytics.MemoryFact;
import dev.engram.analytics.SearchFact;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The bulk load of {@code bench analytics --postgres --load bulk}: the benchmark's synthetic events
 * go into the raw tables ({@code memory_history}, {@code learning_events}) with PostgreSQL {@code
 * COPY} instead of the learning history's batches of 1,000, searches (which keep no raw rows) into
 * an unlogged staging table; then {@link #rebuildRollups} fills every rollup table from the raw
 * rows with one {@code insert … select … group by} each, the same sums the write path adds batch by
 * batch (see {@code Rollups} in the analytics module), and the staging table is dropped. {@link
 * #checkRollups} compares such a rebuild with what the write path maintained.
 */
final class AnalyticsBulkLoad implements AutoCloseable {
  static final String SEARCHES = "bench_searches";

  private static final String[] ROLLUPS = {
    "analytics_daily",
    "analytics_totals",
    "analytics_hourly",
    "analytics_latency",
    "analytics_day_users",
    "analytics_users"
  };

  /** Per rollup table, the columns compared by {@link #checkRollups} (sums of doubles rounded). */
  private static final Map<String, String> COMPARED =
      Map.of(
          "analytics_daily",
          "app_id, day_utc, source, kind, dimension, agent_id, engine, events, feedback, correct,"
              + " rating_sum, rating_count, round(confidence_sum::numeric, 6), confidence_count,"
              + " round(value_sum::numeric, 6)",
          "analytics_totals",
          "app_id, day_utc, source, kind, events, feedback, correct, rating_sum, rating_count,"
              + " round(confidence_sum::numeric, 6), confidence_count, round(value_sum::numeric, 6)",
          "analytics_hourly",
          "app_id, hour_utc, source, kind, dimension, events",
          "analytics_latency",
          "app_id, day_utc, bucket, searches",
          "analytics_day_users",
          "app_id, day_utc, user_id",
          "analytics_users",
          "app_id, user_id, first_seen");

  private final Connection connection;
  private final StringBuilder line = new StringBuilder(512);
  private long rows;

  private AnalyticsBulkLoad(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute("set time zone 'UTC'");
      // the rebuild's group-bys hash in memory instead of sorting on disk (this session only)
      s.execute("set work_mem = '256MB'");
      s.execute(
          "create unlogged table "
              + SEARCHES
              + " (app_id varchar(64) not null, user_id varchar(255), agent_id varchar(255),"
              + " results integer not null, hit boolean not null, bucket integer not null,"
              + " at timestamp with time zone not null)");
    }
  }

  /**
   * Opens the load on a connection of its own (auto-commit, closed with this); one COPY at a time:
   * each source is copied in full before the next starts.
   */
  static AnalyticsBulkLoad open(Connection connection) throws SQLException {
    return new AnalyticsBulkLoad(connection);
  }

  /** A COPY into one table; rows are written in chunks as the caller produces them. */
  final class Copy implements AutoCloseable {
    private final CopyIn in;
    private final StringBuilder chunk = new StringBuilder(1 << 20);

    private Copy(String sql) throws SQLException {
      this.in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    void memory(MemoryFact f) throws SQLException {
      row(
          f.appId(),
          f.eventId(),
          f.memoryId(),
          f.userId(),
          f.agentId(),
          f.category(),
          f.change().name(),
          f.engine(),
          f.actor(),
          f.at());
    }

    void learning(String appId, LearningEvent e, String payload, Instant recordedAt)
        throws SQLException {
      row(
          appId,
          e.id(),
          e.eventType(),
          e.domain(),
          e.serviceId(),
          e.agentId(),
          e.userId(),
          e.sessionId(),
          e.importance(),
          e.confidence(),
          e.rating(),
          e.correct(),
          e.modelUpdated(),
          e.performanceChange(),
          e.memoryId(),
          payload,
          e.occurredAt(),
          recordedAt);
    }

    void search(SearchFact f) throws SQLException {
      row(
          f.appId(),
          f.userId(),
          f.agentId(),
          f.results(),
          f.hit(),
          latencyBucket(f.latencyMs()),
          f.at());
    }

    private void row(Object... values) throws SQLException {
      line.setLength(0);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          line.append('\t');
        }
        Object v = values[i];
        if (v == null) {
          line.append("\\N");
        } else if (v instanceof Boolean b) {
          line.append(b ? 't' : 'f');
        } else {
          escape(v.toString());
        }
      }
      line.append('\n');
      chunk.append(line);
      rows++;
      if (chunk.length() > (1 << 20) - 4096) {
        flush();
      }
    }

    private void escape(String text) {
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        switch (ch) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(ch);
        }
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      chunk.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      flush();
      in.endCopy();
    }
  }

  Copy memoryHistory() throws SQLException {
    return new Copy(
        "copy memory_history (app_id, event_id, memory_id, user_id, agent_id, category,"
            + " change_type, engine, actor, at) from stdin");
  }

  Copy learningEvents() throws SQLException {
    return new Copy(
        "copy learning_events (app_id, id, event_type, domain, service_id, agent_id, user_id,"
            + " session_id, importance, confidence, rating, correct, model_updated,"
            + " performance_change, memory_id, payload, occurred_at, recorded_at) from stdin");
  }

  Copy searches() throws SQLException {
    return new Copy(
        "copy " + SEARCHES + " (app_id, user_id, agent_id, results, hit, bucket, at) from stdin");
  }

  long rows() {
    return rows;
  }

  /**
   * The search latency bucket the write path counts a search in: up to {@code 0.1 ms × 1.25^b},
   * bucket 0 up to 0.1 ms, the last (80) everything above (as {@code LatencyBuckets} in the
   * analytics module, whose method is not public).
   */
  static int latencyBucket(double millis) {
    if (millis <= 0.1) {
      return 0;
    }
    int b = (int) Math.ceil(Math.log(millis / 0.1) / Math.log(1.25));
    return Math.min(b, 80);
  }

  /**
   * Fills the (empty) rollup tables from the raw rows and the staged searches, in one transaction,
   * then drops the staging table and vacuums and analyzes the database (what autovacuum does to
   * tables that grew by inserts; without it no index-only scans). Rows go in ordered by day, then
   * app, as the write path's time-ordered batches lay them out. Returns seconds per step.
   */
  Map<String, Double> rebuildRollups() throws SQLException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (String sql : rebuildStatements("", SEARCHES)) {
        long t = System.nanoTime();
        s.execute(sql);
        seconds.put(target(sql), (System.nanoTime() - t) / 1e9);
      }
      s.execute("drop table " + SEARCHES);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    long t = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute("vacuum analyze");
    }
    seconds.put("vacuum_analyze", (System.nanoTime() - t) / 1e9);
    return seconds;
  }

  private static String target(String sql) {
    String[] words = sql.split("\\s+", 4);
    return words[2];
  }

  /**
   * The rebuild of every rollup table, into tables named {@code prefix + table}: memory events
   * (source {@code memory}, kind the change, dimension the category), learning events ({@code
   * learning}, the event type, the domain, the agent or else the service; feedback = a rating or a
   * correct flag), searches ({@code search}, {@code hit} or {@code miss}, value = results), the
   * hours, the latency buckets, the users' first appearance and the users of each day, and {@code
   * analytics_totals} summed from {@code analytics_daily} plus the distinct users per day (source
   * {@code users}, kind {@code active}). Days and hours are UTC (the session's time zone).
   */
  private static List<String> rebuildStatements(String prefix, String searches) {
    String memoryRows =
        "select app_id, at, 'memory' as source, change_type as kind,"
            + " coalesce(left(category, 255), '') as dimension,"
            + " coalesce(left(agent_id, 255), '') as agent, coalesce(engine, '') as engine,"
            + " user_id, 0 as feedback, 0 as correct, 0 as rating_sum, 0 as rating_count,"
            + " 0.0::double precision as confidence_sum, 0 as confidence_count,"
            + " 0.0::double precision as value_sum from memory_history";
    String learningRows =
        "select app_id, occurred_at, 'learning', event_type, left(domain, 255),"
            + " coalesce(left(coalesce(agent_id, service_id), 255), ''), '', user_id,"
            + " case when rating is not null or correct is not null then 1 else 0 end,"
            + " case when correct then 1 else 0 end, coalesce(rating, 0),"
            + " case when rating is not null then 1 else 0 end, coalesce(confidence, 0),"
            + " case when confidence is not null then 1 else 0 end,"
            + " coalesce(performance_change, 0) from learning_events";
    String searchRows =
        searches == null
            ? ""
            : " union all select app_id, at, 'search', case when hit then 'hit' else 'miss' end,"
                + " '', coalesce(left(agent_id, 255), ''), '', user_id, 0, 0, 0, 0, 0, 0,"
                + " results from "
                + searches;
    String all = memoryRows + " union all " + learningRows + searchRows;
    String users =
        "select app_id, at, user_id from memory_history where user_id is not null"
            + " union all select app_id, occurred_at, user_id from learning_events"
            + " where user_id is not null"
            + (searches == null
                ? ""
                : " union all select app_id, at, user_id from "
                    + searches
                    + " where user_id is not null");
    List<String> statements =
        new java.util.ArrayList<>(
            List.of(
                "insert into "
                    + prefix
                    + "analytics_daily (app_id, day_utc, source, kind, dimension, agent_id,"
                    + " engine, events, feedback, correct, rating_sum, rating_count,"
                    + " confidence_sum, confidence_count, value_sum)"
                    + " select app_id, at::date, source, kind, dimension, agent, engine,"
                    + " count(*), sum(feedback), sum(correct), sum(rating_sum),"
                    + " sum(rating_count), sum(confidence_sum), sum(confidence_count),"
                    + " sum(value_sum) from ("
                    + all
                    + ") e group by 1, 2, 3, 4, 5, 6, 7 order by 2, 1",
                "insert into "
                    + prefix
                    + "analytics_hourly (app_id, hour_utc, source, kind, dimension, events)"
                    + " select app_id, date_trunc('hour', at), source, kind, dimension, count(*)"
                    + " from ("
                    + all
                    + ") e group by 1, 2, 3, 4, 5 order by 2, 1",
                "insert into "
                    + prefix
                    + "analytics_users (app_id, user_id, first_seen)"
                    + " select app_id, user_id, min(at) from ("
                    + users
                    + ") u group by 1, 2 order by 3",
                "insert into "
                    + prefix
                    + "analytics_day_users (app_id, day_utc, user_id)"
                    + " select distinct app_id, at::date, user_id from ("
                    + users
                    + ") u order by 2, 1",
                "insert into "
                    + prefix
                    + "analytics_totals (app_id, day_utc, source, kind, events, feedback,"
                    + " correct, rating_sum, rating_count, confidence_sum, confidence_count,"
                    + " value_sum) select app_id, day_utc, source, kind, sum(events),"
                    + " sum(feedback), sum(correct), sum(rating_sum), sum(rating_count),"
                    + " sum(confidence_sum), sum(confidence_count), sum(value_sum) from "
                    + prefix
                    + "analytics_daily group by 1, 2, 3, 4"
                    + " union all select app_id, day_utc, 'users', 'active', count(*), 0, 0,"
                    + " 0, 0, 0, 0, 0 from "
                    + prefix
                    + "analytics_day_users group by 1, 2 order by 2, 1"));
    if (searches != null) {
      statements.add(
          "insert into "
              + prefix
              + "analytics_latency (app_id, day_utc, bucket, searches)"
              + " select app_id, at::date, bucket, count(*) from "
              + searches
              + " group by 1, 2, 3 order by 2, 1");
    }
    return statements;
  }

  /**
   * Rebuilds the rollups of the memory and learning events recorded through the write path (run
   * without searches, which keep no raw rows) into temporary tables and counts, per rollup table,
   * the rows that differ between the two (in either direction; sums of doubles compared to 6
   * decimals). All zeros: the rebuild is what the write path maintains.
   */
  static Map<String, Long> checkRollups(Connection c) throws SQLException {
    Map<String, Long> differences = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      s.execute("set time zone 'UTC'");
      for (String table : ROLLUPS) {
        s.execute("create temporary table check_" + table + " (like " + table + ")");
      }
      for (String sql : rebuildStatements("check_", null)) {
        s.execute(sql);
      }
      for (String table : ROLLUPS) {
        String columns = COMPARED.get(table);
        String sql =
            "select (select count(*) from (select "
                + columns
                + " from "
                + table
                + " except select "
                + columns
                + " from check_"
                + table
                + ") a) + (select count(*) from (select "
                + columns
                + " from check_"
                + table
                + " except select "
                + columns
                + " from "
                + table
                + ") b), (select count(*) from "
                + table
                + ")";
        try (ResultSet row = s.executeQuery(sql)) {
          row.next();
          differences.put(table, row.getLong(1));
          differences.put(table + "_rows", row.getLong(2));
        }
      }
    }
    return differences;
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("drop table if exists " + SEARCHES);
    } finally {
      connection.close();
    }
  }
}
