package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Window;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of the raw learning history, newest first, filtered by typed criteria only. */
@Singleton
public final class HistoryReader {
  /** What to select; empty lists select everything. */
  public record Criteria(
      String source,
      Window window,
      List<String> types,
      List<String> domains,
      List<String> agents,
      List<String> users,
      int limit,
      int offset) {}

  private final Db db;
  private final JsonMapper json;

  HistoryReader(Db db, JsonMapper json) {
    this.db = requireNonNull(db, "db is null");
    this.json = requireNonNull(json, "json is null");
  }

  public List<Map<String, Object>> page(String appId, Criteria criteria) {
    boolean memory = criteria.source().equals("memory");
    if (memory && !criteria.domains().isEmpty()) {
      throw AnalyticsException.invalid(
          "domains", "memory history is filtered by categories: use domains with source learning");
    }
    String table = memory ? "memory_history" : "learning_events";
    String time = memory ? "at" : "occurred_at";
    String type = memory ? "change_type" : "event_type";
    StringBuilder sql =
        new StringBuilder(
            "select * from "
                + table
                + " where app_id = ? and "
                + time
                + " >= ? and "
                + time
                + " < ?");
    List<Object> params =
        new ArrayList<>(List.of(appId, criteria.window().start(), criteria.window().end()));
    in(sql, params, type, memory ? upper(criteria.types()) : criteria.types());
    in(sql, params, "domain", criteria.domains());
    in(sql, params, "agent_id", criteria.agents());
    in(sql, params, "user_id", criteria.users());
    sql.append(" order by ")
        .append(time)
        .append(" desc, ")
        .append(memory ? "event_id" : "id")
        .append(" desc");
    sql.append(" limit ? offset ?");
    params.add(criteria.limit());
    params.add(criteria.offset());
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            Db.bind(s, params);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(memory ? memoryRow(r) : learningRow(r));
              }
            }
            return rows;
          }
        });
  }

  /** Every row of the source in the window, oldest first, streamed from a cursor. */
  public void stream(
      String appId,
      String source,
      Window window,
      java.util.function.Consumer<Map<String, Object>> sink) {
    boolean memory = source.equals("memory");
    String time = memory ? "at" : "occurred_at";
    String sql =
        "select * from "
            + (memory ? "memory_history" : "learning_events")
            + " where app_id = ? and "
            + time
            + " >= ? and "
            + time
            + " < ? order by "
            + time;
    db.inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1000);
            Db.bind(s, List.of(appId, window.start(), window.end()));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                sink.accept(memory ? memoryRow(r) : learningRow(r));
              }
            }
          }
          return null;
        });
  }

  private static List<String> upper(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
  }

  private static void in(
      StringBuilder sql, List<Object> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      sql.append(" and ")
          .append(column)
          .append(" in (")
          .append(String.join(", ", Collections.nCopies(values.size(), "?")))
          .append(")");
      params.addAll(values);
    }
  }

  private static Map<String, Object> memoryRow(ResultSet r) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", "memory");
    row.put("event_id", r.getString("event_id"));
    row.put("memory_id", r.getString("memory_id"));
    row.put("change", r.getString("change_type"));
    row.put("user_id", r.getString("user_id"));
    row.put("agent_id", r.getString("agent_id"));
    row.put("category", r.getString("category"));
    row.put("engine", r.getString("engine"));
    row.put("actor", r.getString("actor"));
    row.put("at", String.valueOf(Db.instant(r, "at")));
    return row;
  }

  private Map<String, Object> learningRow(ResultSet r) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", "learning");
    row.put("id", r.getString("id"));
    row.put("event_type", r.getString("event_type"));
    row.put("domain", r.getString("domain"));
    row.put("service_id", r.getString("service_id"));
    row.put("agent_id", r.getString("agent_id"));
    row.put("user_id", r.getString("user_id"));
    row.put("session_id", r.getString("session_id"));
    row.put("memory_id", r.getString("memory_id"));
    row.put("occurred_at", String.valueOf(Db.instant(r, "occurred_at")));
    try {
      row.put(
          "event",
          json.readValue(r.getString("payload"), Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      row.put("event", Map.of());
    }
    return row;
  }
}
