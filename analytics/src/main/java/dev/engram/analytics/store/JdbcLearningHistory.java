package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.LearningEvent;
import dev.engram.analytics.LearningHistory;
import dev.engram.analytics.MemoryFact;
import dev.engram.analytics.SearchFact;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learning history on the relational database: raw rows plus their rollups in one transaction.
 */
@Singleton
final class JdbcLearningHistory implements LearningHistory {
  static final String LEARNING = "learning";
  static final String MEMORY = "memory";
  static final String SEARCH = "search";

  private static final String INSERT_EVENT =
      "insert into learning_events (app_id, id, event_type, domain, service_id, agent_id,"
          + " user_id, session_id, importance, confidence, rating, correct, model_updated,"
          + " performance_change, memory_id, payload, occurred_at, recorded_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * A memory event's row. Each committed event is handed over once (V3_6 keeps no index of event
   * ids: see {@link MemoryFact}).
   */
  private static final String INSERT_FACT =
      "insert into memory_history (app_id, event_id, memory_id, user_id, agent_id, category,"
          + " change_type, engine, actor, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Db db;
  private final JsonMapper json;
  private final Clock clock;

  JdbcLearningHistory(Db db, JsonMapper json, Clock clock) {
    this.db = requireNonNull(db, "db is null");
    this.json = requireNonNull(json, "json is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  @Override
  public List<String> record(String appId, List<LearningEvent> events, Alongside alongside) {
    requireNonNull(appId, "appId is null");
    requireNonNull(alongside, "alongside is null");
    if (events.isEmpty()) {
      return List.of();
    }
    List<String> payloads = new ArrayList<>(events.size());
    for (LearningEvent event : events) {
      payloads.add(toJson(event.payload()));
    }
    return db.inTransaction(
        c -> {
          Rollups rollups = new Rollups(appId);
          try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
            for (int i = 0; i < events.size(); i++) {
              LearningEvent e = events.get(i);
              Db.bind(
                  insert,
                  java.util.Arrays.asList(
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
                      payloads.get(i),
                      e.occurredAt(),
                      clock.instant()));
              insert.addBatch();
              roll(rollups, e);
            }
            insert.executeBatch();
          }
          rollups.apply(c);
          alongside.run(c);
          return events.stream().map(LearningEvent::id).toList();
        });
  }

  private static void roll(Rollups rollups, LearningEvent e) {
    String agent = e.agentId() != null ? e.agentId() : e.serviceId();
    Rollups.Sums sums =
        rollups.add(e.occurredAt(), LEARNING, e.eventType(), e.domain(), agent, null, e.userId());
    if (e.hasFeedback()) {
      sums.feedback++;
    }
    if (Boolean.TRUE.equals(e.correct())) {
      sums.correct++;
    }
    if (e.rating() != null) {
      sums.ratingSum += e.rating();
      sums.ratingCount++;
    }
    if (e.confidence() != null) {
      sums.confidenceSum += e.confidence();
      sums.confidenceCount++;
    }
    if (e.performanceChange() != null) {
      sums.valueSum += e.performanceChange();
    }
  }

  @Override
  public void recordMemoryFacts(List<MemoryFact> facts) {
    Map<String, List<MemoryFact>> byApp = new LinkedHashMap<>();
    for (MemoryFact fact : facts) {
      byApp.computeIfAbsent(fact.appId(), k -> new ArrayList<>()).add(fact);
    }
    for (Map.Entry<String, List<MemoryFact>> entry : byApp.entrySet()) {
      recordFacts(entry.getKey(), entry.getValue());
    }
  }

  private void recordFacts(String appId, List<MemoryFact> facts) {
    db.inTransaction(
        c -> {
          Rollups rollups = new Rollups(appId);
          try (PreparedStatement insert = c.prepareStatement(INSERT_FACT)) {
            for (MemoryFact f : facts) {
              Db.bind(
                  insert,
                  java.util.Arrays.asList(
                      appId,
                      f.eventId(),
                      f.memoryId(),
                      f.userId(),
                      f.agentId(),
                      f.category(),
                      f.change().name(),
                      f.engine(),
                      f.actor(),
                      f.at()));
              insert.addBatch();
            }
            insert.executeBatch();
          }
          for (MemoryFact f : facts) {
            rollups.add(
                f.at(),
                MEMORY,
                f.change().name(),
                f.category(),
                f.agentId(),
                f.engine(),
                f.userId());
          }
          rollups.apply(c);
          return null;
        });
  }

  @Override
  public void recordSearches(List<SearchFact> searches) {
    Map<String, List<SearchFact>> byApp = new LinkedHashMap<>();
    for (SearchFact fact : searches) {
      byApp.computeIfAbsent(fact.appId(), k -> new ArrayList<>()).add(fact);
    }
    for (Map.Entry<String, List<SearchFact>> entry : byApp.entrySet()) {
      db.inTransaction(
          c -> {
            Rollups rollups = new Rollups(entry.getKey());
            for (SearchFact f : entry.getValue()) {
              Rollups.Sums sums =
                  rollups.add(
                      f.at(),
                      SEARCH,
                      f.hit() ? "hit" : "miss",
                      null,
                      f.agentId(),
                      null,
                      f.userId());
              sums.valueSum += f.results();
              rollups.latency(f.at(), f.latencyMs());
            }
            rollups.apply(c);
            return null;
          });
    }
  }

  @Override
  public void forgetUser(String appId, String userId) {
    db.inTransaction(
        c -> {
          for (String table : List.of("learning_events", "memory_history")) {
            delete(c, "delete from " + table + " where app_id = ? and user_id = ?", appId, userId);
          }
          delete(
              c, "delete from analytics_day_users where app_id = ? and user_id = ?", appId, userId);
          delete(c, "delete from analytics_users where app_id = ? and user_id = ?", appId, userId);
          return null;
        });
  }

  @Override
  public void dropApp(String appId) {
    db.inTransaction(
        c -> {
          for (String table :
              List.of(
                  "learning_events",
                  "memory_history",
                  "analytics_daily",
                  "analytics_totals",
                  "analytics_hourly",
                  "analytics_latency",
                  "tool_sessions",
                  "tool_configs",
                  "analytics_day_users",
                  "analytics_users")) {
            delete(c, "delete from " + table + " where app_id = ?", appId);
          }
          return null;
        });
  }

  /**
   * Raw and rolled-up tables older than a retention cut, each with the column that dates a row and
   * the columns of its primary key (deleted by key, batch by batch).
   */
  private record Dated(String table, String column, boolean day, String key) {}

  private static final List<Dated> DATED =
      List.of(
          new Dated("learning_events", "occurred_at", false, "app_id, id"),
          new Dated("memory_history", "at", false, "seq"),
          new Dated(
              "analytics_hourly", "hour_utc", false, "app_id, hour_utc, source, kind, dimension"),
          new Dated(
              "analytics_daily",
              "day_utc",
              true,
              "app_id, day_utc, source, kind, dimension, agent_id, engine"),
          new Dated("analytics_latency", "day_utc", true, "app_id, day_utc, bucket"),
          new Dated("analytics_day_users", "day_utc", true, "app_id, day_utc, user_id"));

  @Override
  public long prune(Instant before, int batchSize) {
    requireNonNull(before, "before is null");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    // a day's rollup goes once the whole day is before the cut
    LocalDate lastWholeDay = before.atOffset(ZoneOffset.UTC).toLocalDate();
    long removed = 0;
    for (Dated dated : DATED) {
      List<String> key = List.of(dated.key().split(", "));
      // keys first, then a delete per key: a delete whose IN reads the same table ran that
      // subquery once per row on H2 (minutes of CPU on 100,000 rows)
      String select =
          "select "
              + dated.key()
              + " from "
              + dated.table()
              + " where "
              + dated.column()
              + " < ? fetch first "
              + batchSize
              + " rows only";
      String delete =
          "delete from "
              + dated.table()
              + " where "
              + String.join(" and ", key.stream().map(k -> k + " = ?").toList());
      Object cut = dated.day() ? lastWholeDay : before.atOffset(ZoneOffset.UTC);
      int deleted;
      do {
        deleted =
            db.inTransaction(
                c -> {
                  List<Object[]> rows = new ArrayList<>();
                  try (PreparedStatement statement = c.prepareStatement(select)) {
                    statement.setObject(1, cut);
                    try (ResultSet result = statement.executeQuery()) {
                      while (result.next()) {
                        Object[] row = new Object[key.size()];
                        for (int i = 0; i < row.length; i++) {
                          row[i] = result.getObject(i + 1);
                        }
                        rows.add(row);
                      }
                    }
                  }
                  if (rows.isEmpty()) {
                    return 0;
                  }
                  try (PreparedStatement statement = c.prepareStatement(delete)) {
                    for (Object[] row : rows) {
                      for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                      }
                      statement.addBatch();
                    }
                    statement.executeBatch();
                  }
                  return rows.size();
                });
        removed += deleted;
      } while (deleted == batchSize);
    }
    return removed;
  }

  private static void delete(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      Db.bind(statement, List.of((Object[]) values));
      statement.executeUpdate();
    }
  }

  private String toJson(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
