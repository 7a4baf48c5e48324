package dev.engram.analytics.store;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The increments one write makes to the rollup tables, summed in memory first and then applied in
 * key order (update, or insert when the row does not exist yet), in the writer's transaction.
 */
final class Rollups {
  /** One row of {@code analytics_daily}. */
  record DayKey(
      LocalDate day, String source, String kind, String dimension, String agentId, String engine)
      implements Comparable<DayKey> {
    @Override
    public int compareTo(DayKey o) {
      return text().compareTo(o.text());
    }

    private String text() {
      return String.join("\u0001", day.toString(), source, kind, dimension, agentId, engine);
    }
  }

  /** The sums one row accumulates. */
  static final class Sums {
    long events;
    long feedback;
    long correct;
    long ratingSum;
    long ratingCount;
    double confidenceSum;
    long confidenceCount;
    double valueSum;
  }

  private final Map<DayKey, Sums> daily = new TreeMap<>();
  private final Map<String, Long> hourly = new TreeMap<>();
  private final Map<String, Instant> users = new TreeMap<>();
  private final Map<String, Boolean> dayUsers = new TreeMap<>();
  private final Map<String, Long> latency = new TreeMap<>();
  private final String appId;

  Rollups(String appId) {
    this.appId = appId;
  }

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  Sums add(
      Instant at,
      String source,
      String kind,
      @Nullable String dimension,
      @Nullable String agentId,
      @Nullable String engine,
      @Nullable String userId) {
    DayKey key =
        new DayKey(day(at), source, kind, orEmpty(dimension), orEmpty(agentId), orEmpty(engine));
    Sums sums = daily.computeIfAbsent(key, k -> new Sums());
    sums.events++;
    hourly.merge(
        String.join(
            "\u0001", at.truncatedTo(ChronoUnit.HOURS).toString(), source, kind, key.dimension()),
        1L,
        Long::sum);
    if (userId != null) {
      users.merge(userId, at, (a, b) -> a.isBefore(b) ? a : b);
      dayUsers.put(day(at) + "\u0001" + userId, Boolean.TRUE);
    }
    return sums;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value.length() > 255 ? value.substring(0, 255) : value;
  }

  /** Counts one search latency in its bucket of the day. */
  void latency(Instant at, double millis) {
    latency.merge(day(at) + "\u0001" + LatencyBuckets.bucket(millis), 1L, Long::sum);
  }

  void apply(Connection c) throws SQLException {
    applyLatency(c);
    applyDaily(c);
    applyHourly(c);
    applyUsers(c);
  }

  private void applyDaily(Connection c) throws SQLException {
    try (PreparedStatement update =
            c.prepareStatement(
                "update analytics_daily set events = events + ?, feedback = feedback + ?,"
                    + " correct = correct + ?, rating_sum = rating_sum + ?,"
                    + " rating_count = rating_count + ?, confidence_sum = confidence_sum + ?,"
                    + " confidence_count = confidence_count + ?, value_sum = value_sum + ?"
                    + " where app_id = ? and day_utc = ? and source = ? and kind = ?"
                    + " and dimension = ? and agent_id = ? and engine = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into analytics_daily (events, feedback, correct, rating_sum, rating_count,"
                    + " confidence_sum, confidence_count, value_sum, app_id, day_utc, source, kind,"
                    + " dimension, agent_id, engine) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)")) {
      for (Map.Entry<DayKey, Sums> entry : daily.entrySet()) {
        DayKey k = entry.getKey();
        Sums s = entry.getValue();
        List<Object> values =
            List.of(
                s.events,
                s.feedback,
                s.correct,
                s.ratingSum,
                s.ratingCount,
                s.confidenceSum,
                s.confidenceCount,
                s.valueSum,
                appId,
                k.day(),
                k.source(),
                k.kind(),
                k.dimension(),
                k.agentId(),
                k.engine());
        Db.bind(update, values);
        if (update.executeUpdate() == 0) {
          Db.bind(insert, values);
          insert.executeUpdate();
        }
      }
    }
  }

  private void applyHourly(Connection c) throws SQLException {
    try (PreparedStatement update =
            c.prepareStatement(
                "update analytics_hourly set events = events + ? where app_id = ? and hour_utc = ?"
                    + " and source = ? and kind = ? and dimension = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into analytics_hourly (events, app_id, hour_utc, source, kind, dimension)"
                    + " values (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, Long> entry : hourly.entrySet()) {
        String[] parts = entry.getKey().split("\u0001", 4);
        List<Object> values =
            List.of(entry.getValue(), appId, Instant.parse(parts[0]), parts[1], parts[2], parts[3]);
        Db.bind(update, values);
        if (update.executeUpdate() == 0) {
          Db.bind(insert, values);
          insert.executeUpdate();
        }
      }
    }
  }

  private void applyLatency(Connection c) throws SQLException {
    if (latency.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
            c.prepareStatement(
                "update analytics_latency set searches = searches + ? where app_id = ? and"
                    + " day_utc = ? and bucket = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into analytics_latency (searches, app_id, day_utc, bucket)"
                    + " values (?, ?, ?, ?)")) {
      for (Map.Entry<String, Long> entry : latency.entrySet()) {
        String[] parts = entry.getKey().split("\u0001", 2);
        List<Object> values =
            List.of(entry.getValue(), appId, LocalDate.parse(parts[0]), Integer.parseInt(parts[1]));
        Db.bind(update, values);
        if (update.executeUpdate() == 0) {
          Db.bind(insert, values);
          insert.executeUpdate();
        }
      }
    }
  }

  private void applyUsers(Connection c) throws SQLException {
    if (users.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into analytics_users (app_id, user_id, first_seen) values (?, ?, ?)"
                + " on conflict do nothing")) {
      for (Map.Entry<String, Instant> entry : users.entrySet()) {
        Db.bind(insert, List.of(appId, entry.getKey(), entry.getValue()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into analytics_day_users (app_id, day_utc, user_id) values (?, ?, ?)"
                + " on conflict do nothing")) {
      for (String key : dayUsers.keySet()) {
        String[] parts = key.split("\u0001", 2);
        Db.bind(insert, List.of(appId, LocalDate.parse(parts[0]), parts[1]));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
