package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.SearchRecorder;
import dev.engram.analytics.Window;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the rollups. A {@code domain} of {@code all} selects every row of the app, {@code memory}
 * the memory events, {@code retrieval} the searches (and retrieval feedback), any other name the
 * rows whose dimension (learning domain or memory category) is that name. Every read writes the
 * searches still queued first ({@link SearchRecorder#flush}).
 */
@Singleton
public final class RollupReader {
  public static final String ALL = "all";
  public static final String MEMORY = "memory";
  public static final String RETRIEVAL = "retrieval";

  private final Db db;
  private final SearchRecorder searches;

  RollupReader(Db db, SearchRecorder searches) {
    this.db = requireNonNull(db, "db is null");
    this.searches = requireNonNull(searches, "searches is null");
  }

  /**
   * The database, once the searches still queued are written: what a client reads includes the
   * searches it made on this instance a moment before (they are written once a second otherwise).
   */
  private Db db() {
    searches.flush();
    return db;
  }

  /** Daily rows of the window for the domain. */
  public List<DayRow> daily(String appId, Window window, String domain) {
    return daily(
        appId,
        window,
        domain,
        "select day_utc, source, kind, dimension, agent_id, engine, events, feedback, correct,"
            + " rating_sum, rating_count, confidence_sum, confidence_count, value_sum from"
            + " analytics_daily where app_id = ? and day_utc >= ? and day_utc < ?"
            + filter(domain));
  }

  /** Daily rows of the window for the domain, of learning events only. */
  public List<DayRow> dailyLearning(String appId, Window window, String domain) {
    return daily(
        appId,
        window,
        domain,
        "select day_utc, source, kind, dimension, agent_id, engine, events, feedback, correct,"
            + " rating_sum, rating_count, confidence_sum, confidence_count, value_sum from"
            + " analytics_daily where app_id = ? and day_utc >= ? and day_utc < ?"
            + filter(domain)
            + " and source = 'learning'");
  }

  /**
   * Daily sums per source and kind (dimension, agent and engine summed away, given as ''): what
   * metrics of a whole selection need, in a tenth of the rows.
   */
  public List<DayRow> dailyTotals(String appId, Window window, String domain) {
    if (domain.equals(ALL) || domain.equals(MEMORY)) {
      return daily(
          appId,
          window,
          domain,
          "select day_utc, source, kind, '', '', '', events, feedback, correct, rating_sum,"
              + " rating_count, confidence_sum, confidence_count, value_sum from analytics_totals"
              + " where app_id = ? and day_utc >= ? and day_utc < ?"
              + (domain.equals(ALL) ? " and source <> 'users'" : filter(domain)));
    }
    return daily(
        appId,
        window,
        domain,
        "select day_utc, source, kind, '', '', '', sum(events), sum(feedback), sum(correct),"
            + " sum(rating_sum), sum(rating_count), sum(confidence_sum), sum(confidence_count),"
            + " sum(value_sum) from analytics_daily where app_id = ? and day_utc >= ? and"
            + " day_utc < ?"
            + filter(domain)
            + " group by day_utc, source, kind");
  }

  /**
   * The window's sums per source, kind, dimension and agent (days and engines summed away; each
   * row's day is the window's first): what tables of categories, agents and patterns need.
   */
  public List<DayRow> periodTotals(String appId, Window window, String domain) {
    return daily(
        appId,
        window,
        domain,
        "select min(day_utc), source, kind, dimension, agent_id, '', sum(events), sum(feedback),"
            + " sum(correct), sum(rating_sum), sum(rating_count), sum(confidence_sum),"
            + " sum(confidence_count), sum(value_sum) from analytics_daily where app_id = ? and"
            + " day_utc >= ? and day_utc < ?"
            + filter(domain)
            + " group by source, kind, dimension, agent_id");
  }

  /**
   * {@link #periodTotals} of learning events only (what the dashboard's top agents and domains
   * need): through {@code ix_analytics_daily_source}, a tenth of the rows of all sources.
   */
  public List<DayRow> learningPeriodTotals(String appId, Window window, String domain) {
    return daily(
        appId,
        window,
        domain,
        "select min(day_utc), source, kind, dimension, agent_id, '', sum(events), sum(feedback),"
            + " sum(correct), sum(rating_sum), sum(rating_count), sum(confidence_sum),"
            + " sum(confidence_count), sum(value_sum) from analytics_daily where app_id = ? and"
            + " day_utc >= ? and day_utc < ?"
            + filter(domain)
            + " and source = 'learning' group by source, kind, dimension, agent_id");
  }

  private List<DayRow> daily(String appId, Window window, String domain, String sql) {
    return db().read(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                Db.bind(s, params(appId, window.from(), window.to(), domain));
                List<DayRow> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    rows.add(
                        new DayRow(
                            r.getObject(1, LocalDate.class),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getLong(7),
                            r.getLong(8),
                            r.getLong(9),
                            r.getLong(10),
                            r.getLong(11),
                            r.getDouble(12),
                            r.getLong(13),
                            r.getDouble(14)));
                  }
                }
                return rows;
              }
            });
  }

  /** Hourly counts of the range for the domain: hour → source/kind → events. */
  public Map<Instant, Map<String, Long>> hourly(
      String appId, Instant from, Instant to, String domain) {
    String filter = filter(domain);
    return db().read(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select hour_utc, source, kind, sum(events) from analytics_hourly where app_id ="
                          + " ? and hour_utc >= ? and hour_utc < ?"
                          + filter
                          + " group by hour_utc, source, kind")) {
                Db.bind(s, params(appId, from, to, domain));
                Map<Instant, Map<String, Long>> hours = new TreeMap<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    hours
                        .computeIfAbsent(Db.instant(r, "hour_utc"), k -> new TreeMap<>())
                        .merge(r.getString(2) + "/" + r.getString(3), r.getLong(4), Long::sum);
                  }
                }
                return hours;
              }
            });
  }

  /** Searches per latency bucket in the window. */
  public long[] latencyHistogram(String appId, Window window) {
    return db().read(
            c -> {
              long[] counts = new long[LatencyBuckets.LAST + 1];
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select bucket, sum(searches) from analytics_latency where app_id = ? and"
                          + " day_utc >= ? and day_utc < ? group by bucket")) {
                Db.bind(s, List.of(appId, window.from(), window.to()));
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    counts[r.getInt(1)] += r.getLong(2);
                  }
                }
              }
              return counts;
            });
  }

  /**
   * Distinct users seen in the window. Grouped in a subquery rather than {@code count(distinct)},
   * which PostgreSQL always sorts (spilling to disk past {@code work_mem}) where a group-by hashes:
   * at 10 M events a 30-day window holds ~230,000 user-days per app (see
   * docs/learning-analytics.md, "On PostgreSQL at 10×").
   */
  public long activeUsers(String appId, Window window) {
    return count(
        "select count(*) from (select user_id from analytics_day_users where app_id = ? and"
            + " day_utc >= ? and day_utc < ? group by user_id) u",
        List.of(appId, window.from(), window.to()));
  }

  /** Distinct users per day of the window (kept per day on write in {@code analytics_totals}). */
  public Map<LocalDate, Long> activeUsersByDay(String appId, Window window) {
    return db().read(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select day_utc, events from analytics_totals where app_id = ? and day_utc >= ?"
                          + " and day_utc < ? and source = 'users' and kind = 'active'")) {
                Db.bind(s, List.of(appId, window.from(), window.to()));
                Map<LocalDate, Long> days = new TreeMap<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    days.put(r.getObject(1, LocalDate.class), r.getLong(2));
                  }
                }
                return days;
              }
            });
  }

  /** Users ever seen before the instant. */
  public long usersBefore(String appId, Instant before) {
    return count(
        "select count(*) from analytics_users where app_id = ? and first_seen < ?",
        List.of(appId, before));
  }

  /**
   * Memories added or imported minus deleted or expired, all time before the day: from {@code
   * analytics_totals} (one row per day and change), not {@code analytics_daily} (one per day,
   * change, category, agent and engine: ~100,000 rows per app over 90 days at 10 M events).
   */
  public long netMemoriesBefore(String appId, LocalDate before) {
    return count(
        "select coalesce(sum(case when kind in ('ADD', 'IMPORT') then events else -events end), 0)"
            + " from analytics_totals where app_id = ? and day_utc < ? and source = 'memory' and"
            + " kind in ('ADD', 'IMPORT', 'DELETE', 'EXPIRE')",
        List.of(appId, before));
  }

  /** Whether any rollup row of the app has this dimension (a domain or category seen). */
  public boolean knows(String appId, String dimension) {
    return count(
            "select count(*) from (select 1 from analytics_daily where app_id = ? and dimension = ?"
                + " fetch first 1 rows only) x",
            List.of(appId, dimension))
        > 0;
  }

  /** The learning domains of the app, most events first. */
  public List<String> domains(String appId) {
    return db().read(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select dimension from analytics_daily where app_id = ? and source = 'learning'"
                          + " group by dimension order by sum(events) desc, dimension")) {
                Db.bind(s, List.of(appId));
                List<String> names = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    names.add(r.getString(1));
                  }
                }
                return names;
              }
            });
  }

  private long count(String sql, List<Object> params) {
    return db().read(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                Db.bind(s, params);
                try (ResultSet r = s.executeQuery()) {
                  r.next();
                  return r.getLong(1);
                }
              }
            });
  }

  private static String filter(String domain) {
    return switch (domain) {
      case ALL -> "";
      case MEMORY -> " and source = 'memory'";
      case RETRIEVAL -> " and (source = 'search' or dimension = ?)";
      default -> " and dimension = ?";
    };
  }

  private static List<Object> params(String appId, Object from, Object to, String domain) {
    List<Object> params = new ArrayList<>(List.of(appId, from, to));
    if (!domain.equals(ALL) && !domain.equals(MEMORY)) {
      params.add(domain);
    }
    return params;
  }
}
