package dev.engram.analytics.store;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The increments one write makes to the rollup tables, summed in memory first and then applied in
 * key order (a batch of updates, then a batch of inserts for the rows that did not exist yet), in
 * the writer's transaction; {@code analytics_totals} gets the same increments per day, source and
 * kind.
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

  /** The {@code analytics_totals} row of distinct users per day. */
  static final String USERS = "users";

  static final String ACTIVE = "active";

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
    Map<String, Sums> totals = new TreeMap<>();
    List<List<Object>> rows = new ArrayList<>(daily.size());
    for (Map.Entry<DayKey, Sums> entry : daily.entrySet()) {
      DayKey k = entry.getKey();
      Sums s = entry.getValue();
      rows.add(
          sums(s, appId, k.day(), k.source(), k.kind(), k.dimension(), k.agentId(), k.engine()));
      Sums t =
          totals.computeIfAbsent(
              String.join("\u0001", k.day().toString(), k.source(), k.kind()), x -> new Sums());
      t.events += s.events;
      t.feedback += s.feedback;
      t.correct += s.correct;
      t.ratingSum += s.ratingSum;
      t.ratingCount += s.ratingCount;
      t.confidenceSum += s.confidenceSum;
      t.confidenceCount += s.confidenceCount;
      t.valueSum += s.valueSum;
    }
    upsert(
        c,
        "update analytics_daily set events = events + ?, feedback = feedback + ?,"
            + " correct = correct + ?, rating_sum = rating_sum + ?,"
            + " rating_count = rating_count + ?, confidence_sum = confidence_sum + ?,"
            + " confidence_count = confidence_count + ?, value_sum = value_sum + ?"
            + " where app_id = ? and day_utc = ? and source = ? and kind = ?"
            + " and dimension = ? and agent_id = ? and engine = ?",
        "insert into analytics_daily (events, feedback, correct, rating_sum, rating_count,"
            + " confidence_sum, confidence_count, value_sum, app_id, day_utc, source, kind,"
            + " dimension, agent_id, engine) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)",
        rows);
    List<List<Object>> totalRows = new ArrayList<>(totals.size());
    for (Map.Entry<String, Sums> entry : totals.entrySet()) {
      String[] parts = entry.getKey().split("\u0001", 3);
      totalRows.add(sums(entry.getValue(), appId, LocalDate.parse(parts[0]), parts[1], parts[2]));
    }
    upsert(
        c,
        "update analytics_totals set events = events + ?, feedback = feedback + ?,"
            + " correct = correct + ?, rating_sum = rating_sum + ?,"
            + " rating_count = rating_count + ?, confidence_sum = confidence_sum + ?,"
            + " confidence_count = confidence_count + ?, value_sum = value_sum + ?"
            + " where app_id = ? and day_utc = ? and source = ? and kind = ?",
        "insert into analytics_totals (events, feedback, correct, rating_sum, rating_count,"
            + " confidence_sum, confidence_count, value_sum, app_id, day_utc, source, kind)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        totalRows);
  }

  private static List<Object> sums(Sums s, Object... key) {
    List<Object> values = new ArrayList<>(8 + key.length);
    values.add(s.events);
    values.add(s.feedback);
    values.add(s.correct);
    values.add(s.ratingSum);
    values.add(s.ratingCount);
    values.add(s.confidenceSum);
    values.add(s.confidenceCount);
    values.add(s.valueSum);
    values.addAll(Arrays.asList(key));
    return values;
  }

  /**
   * Adds the rows to their counters: one batch of updates, then one batch of inserts for the rows
   * no update found. The values bind the same way in both statements (increments, then the key).
   */
  private static void upsert(Connection c, String update, String insert, List<List<Object>> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int[] updated;
    try (PreparedStatement s = c.prepareStatement(update)) {
      for (List<Object> values : rows) {
        Db.bind(s, values);
        s.addBatch();
      }
      updated = s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement(insert)) {
      boolean any = false;
      for (int i = 0; i < rows.size(); i++) {
        if (updated[i] == 0) {
          Db.bind(s, rows.get(i));
          s.addBatch();
          any = true;
        }
      }
      if (any) {
        s.executeBatch();
      }
    }
  }

  private void applyHourly(Connection c) throws SQLException {
    List<List<Object>> rows = new ArrayList<>(hourly.size());
    for (Map.Entry<String, Long> entry : hourly.entrySet()) {
      String[] parts = entry.getKey().split("\u0001", 4);
      rows.add(
          List.of(entry.getValue(), appId, Instant.parse(parts[0]), parts[1], parts[2], parts[3]));
    }
    upsert(
        c,
        "update analytics_hourly set events = events + ? where app_id = ? and hour_utc = ?"
            + " and source = ? and kind = ? and dimension = ?",
        "insert into analytics_hourly (events, app_id, hour_utc, source, kind, dimension)"
            + " values (?, ?, ?, ?, ?, ?)",
        rows);
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
    Map<LocalDate, Long> newActive = new TreeMap<>();
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into analytics_day_users (app_id, day_utc, user_id) values (?, ?, ?)"
                + " on conflict do nothing")) {
      List<LocalDate> days = new ArrayList<>(dayUsers.size());
      for (String key : dayUsers.keySet()) {
        String[] parts = key.split("\u0001", 2);
        LocalDate day = LocalDate.parse(parts[0]);
        days.add(day);
        Db.bind(insert, List.of(appId, day, parts[1]));
        insert.addBatch();
      }
      int[] inserted = insert.executeBatch();
      for (int i = 0; i < inserted.length; i++) {
        if (inserted[i] > 0) {
          newActive.merge(days.get(i), 1L, Long::sum);
        }
      }
    }
    // distinct users per day, counted as they first appear that day (source 'users', kind
    // 'active'), so active users per day read one row a day
    List<List<Object>> rows = new ArrayList<>(newActive.size());
    Sums none = new Sums();
    for (Map.Entry<LocalDate, Long> entry : newActive.entrySet()) {
      none.events = entry.getValue();
      rows.add(sums(none, appId, entry.getKey(), USERS, ACTIVE));
    }
    upsert(
        c,
        "update analytics_totals set events = events + ?, feedback = feedback + ?,"
            + " correct = correct + ?, rating_sum = rating_sum + ?,"
            + " rating_count = rating_count + ?, confidence_sum = confidence_sum + ?,"
            + " confidence_count = confidence_count + ?, value_sum = value_sum + ?"
            + " where app_id = ? and day_utc = ? and source = ? and kind = ?",
        "insert into analytics_totals (events, feedback, correct, rating_sum, rating_count,"
            + " confidence_sum, confidence_count, value_sum, app_id, day_utc, source, kind)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }
}
