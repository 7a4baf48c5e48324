package dev.engram.analytics.tools;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.SearchRecorder;
import dev.engram.analytics.store.Db;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Seed 000's tools: sessions (start, end, active, one), configuration, and per-tool metrics over
 * the last hours. A tool id names an agent or client of the app; it is known to the app once it has
 * a session, a configuration or events with that {@code agent_id}.
 */
@Singleton
public final class ToolService {
  /** The request header naming the tool a request is attributed to. */
  public static final String HEADER = "X-Engram-Tool";

  private static final int KNOWN_CACHE = 10_000;
  private static final Pattern TOOL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}");
  private static final int MAX_CONFIG_BYTES = 16_384;
  private static final int MAX_HOURS = 24 * 31;

  private final Db db;
  private final JsonMapper json;
  private final Clock clock;
  private final SearchRecorder recorder;
  private final java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

  ToolService(Db db, JsonMapper json, Clock clock, SearchRecorder recorder) {
    this.db = requireNonNull(db, "db is null");
    this.recorder = requireNonNull(recorder, "recorder is null");
    this.json = requireNonNull(json, "json is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * The tool a request names in {@link #HEADER}, checked: null without the header; 400 naming the
   * header when it is malformed or names no tool of this app (no session, configuration or events
   * with that id). Known (app, tool) pairs are remembered, so a checked tool costs no read.
   */
  @Nullable
  public String attribution(String appId, @Nullable String header) {
    if (header == null) {
      return null;
    }
    if (!TOOL_ID.matcher(header).matches()) {
      throw AnalyticsException.invalid(
          HEADER, "letters, digits, '_', '.', ':' and '-', at most 128");
    }
    String key = appId + '\n' + header;
    if (known.contains(key)) {
      return header;
    }
    if (!db.read(c -> isKnown(c, appId, header))) {
      throw AnalyticsException.invalid(
          HEADER,
          "no tool '"
              + header
              + "' in this app (start a tool session for it, or record learning events or memories with its id as agent_id, first)");
    }
    if (known.size() >= KNOWN_CACHE) {
      known.clear();
    }
    known.add(key);
    return header;
  }

  public Map<String, Object> start(String appId, @Nullable Object body) {
    if (!(body instanceof Map<?, ?> map)) {
      throw AnalyticsException.invalid("body", "must be a JSON object with tool_id");
    }
    for (Object key : map.keySet()) {
      if (!List.of("tool_id", "user_id", "metadata").contains(String.valueOf(key))) {
        throw new AnalyticsException(
            AnalyticsErrorCode.UNKNOWN_FIELD, key + ": unknown field", String.valueOf(key));
      }
    }
    String toolId =
        toolId(map.get("tool_id") == null ? null : String.valueOf(map.get("tool_id")), "tool_id");
    Object user = map.get("user_id");
    if (user != null && (!(user instanceof String u) || u.isBlank() || u.length() > 255)) {
      throw AnalyticsException.invalid("user_id", "a non-empty string of at most 255 characters");
    }
    Object metadata = map.get("metadata") == null ? Map.of() : map.get("metadata");
    if (!(metadata instanceof Map<?, ?>)) {
      throw AnalyticsException.invalid("metadata", "must be a JSON object");
    }
    String metadataJson = toJson(metadata);
    if (metadataJson.length() > MAX_CONFIG_BYTES) {
      throw AnalyticsException.invalid(
          "metadata", "at most " + MAX_CONFIG_BYTES + " bytes of JSON");
    }
    String id = "tses_" + UUID.randomUUID().toString().replace("-", "");
    Instant now = clock.instant();
    db.inTransaction(
        c ->
            update(
                c,
                "insert into tool_sessions (app_id, id, tool_id, user_id, metadata, started_at)"
                    + " values (?, ?, ?, ?, ?, ?)",
                appId,
                id,
                toolId,
                user,
                metadataJson,
                now));
    return session(appId, id);
  }

  public Map<String, Object> end(String appId, String id) {
    Map<String, Object> session = session(appId, id);
    if (session.get("ended_at") != null) {
      throw new AnalyticsException(
          AnalyticsErrorCode.SESSION_ENDED,
          "session_id: the session has already ended",
          "session_id");
    }
    db.inTransaction(
        c ->
            update(
                c,
                "update tool_sessions set ended_at = ? where app_id = ? and id = ? and ended_at is null",
                clock.instant(),
                appId,
                id));
    return session(appId, id);
  }

  public List<Map<String, Object>> active(String appId, @Nullable String toolId) {
    String sql =
        "select * from tool_sessions where app_id = ? and ended_at is null"
            + (toolId == null ? "" : " and tool_id = ?")
            + " order by started_at desc limit 500";
    List<Object> params = new ArrayList<>(List.of(appId));
    if (toolId != null) {
      params.add(toolId(toolId, "tool_id"));
    }
    return sessions(sql, params);
  }

  /** One session with what its tool did during it; 404 when it is not of this app. */
  public Map<String, Object> session(String appId, String id) {
    List<Map<String, Object>> found =
        sessions("select * from tool_sessions where app_id = ? and id = ?", List.of(appId, id));
    if (found.isEmpty()) {
      throw new AnalyticsException(
          AnalyticsErrorCode.SESSION_NOT_FOUND,
          "session_id: no such tool session in this app",
          "session_id");
    }
    Map<String, Object> session = found.get(0);
    Instant start = Instant.parse((String) session.get("started_at"));
    Instant end =
        session.get("ended_at") == null
            ? clock.instant()
            : Instant.parse((String) session.get("ended_at"));
    session.put("duration_s", Duration.between(start, end).toMillis() / 1000.0);
    session.put("activity", activity(appId, (String) session.get("tool_id"), start, end));
    return session;
  }

  public Map<String, Object> config(String appId, String toolId) {
    String tool = toolId(toolId, "tool_id");
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select * from tool_configs where app_id = ? and tool_id = ?")) {
            Db.bind(s, List.of(appId, tool));
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                requireKnown(c, appId, tool);
                return configView(tool, Map.of(), 0, null);
              }
              return configView(
                  tool,
                  fromJson(r.getString("config")),
                  r.getLong("version"),
                  Db.instant(r, "updated_at"));
            }
          }
        });
  }

  public Map<String, Object> putConfig(String appId, String toolId, @Nullable Object body) {
    String tool = toolId(toolId, "tool_id");
    if (!(body instanceof Map<?, ?> map)
        || !(map.get("config") instanceof Map<?, ?> config)
        || map.size() != 1) {
      throw AnalyticsException.invalid("config", "send {\"config\": {…}}");
    }
    String text = toJson(config);
    if (text.length() > MAX_CONFIG_BYTES) {
      throw AnalyticsException.invalid("config", "at most " + MAX_CONFIG_BYTES + " bytes of JSON");
    }
    Instant now = clock.instant();
    db.inTransaction(
        c -> {
          requireKnown(c, appId, tool);
          if (update(
                  c,
                  "update tool_configs set config = ?, version = version + 1, updated_at = ? where app_id = ? and tool_id = ?",
                  text,
                  now,
                  appId,
                  tool)
              == 0) {
            update(
                c,
                "insert into tool_configs (app_id, tool_id, config, version, updated_at) values (?, ?, ?, 1, ?)",
                appId,
                tool,
                text,
                now);
          }
          return null;
        });
    return config(appId, tool);
  }

  /** What the tool did in the last {@code hours}: learning and memory events, feedback. */
  public Map<String, Object> toolMetrics(String appId, String toolId, int hours) {
    String tool = toolId(toolId, "tool_id");
    checkHours(hours);
    db.read(
        c -> {
          requireKnown(c, appId, tool);
          return null;
        });
    Instant now = clock.instant();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool_id", tool);
    out.put("hours", hours);
    Instant from = now.minus(Duration.ofHours(hours));
    out.putAll(activity(appId, tool, from, now));
    out.putAll(searches(appId, tool, from, now));
    out.put("active_sessions", active(appId, tool).size());
    return out;
  }

  public static void checkHours(int hours) {
    if (hours < 1 || hours > MAX_HOURS) {
      throw AnalyticsException.invalid("hours", "between 1 and " + MAX_HOURS);
    }
  }

  private Map<String, Object> activity(String appId, String tool, Instant from, Instant to) {
    return db.read(
        c -> {
          Map<String, Object> out = new LinkedHashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select count(*), sum(case when correct is not null then 1 else 0 end),"
                      + " sum(case when correct then 1 else 0 end), avg(confidence), avg(rating)"
                      + " from learning_events where app_id = ? and occurred_at >= ? and occurred_at"
                      + " < ? and (agent_id = ? or service_id = ?)")) {
            Db.bind(s, List.of(appId, from, to, tool, tool));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              long feedback = r.getLong(2);
              out.put("learning_events", r.getLong(1));
              out.put("feedback", feedback);
              out.put("accuracy", feedback == 0 ? null : (double) r.getLong(3) / feedback);
              out.put("mean_confidence", r.getObject(4) == null ? null : r.getDouble(4));
              out.put("mean_rating", r.getObject(5) == null ? null : r.getDouble(5));
            }
          }
          Map<String, Long> changes = new LinkedHashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select change_type, count(*) from memory_history where app_id = ? and at >= ?"
                      + " and at < ? and agent_id = ? group by change_type order by change_type")) {
            Db.bind(s, List.of(appId, from, to, tool));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                changes.put(r.getString(1), r.getLong(2));
              }
            }
          }
          out.put("memory_events", changes);
          return out;
        });
  }

  /**
   * Searches attributed to the tool ({@link #HEADER}), from the daily rollup: every UTC day the
   * window touches counts whole. The searches still queued are written first, so a client's own
   * searches of a moment before count.
   */
  private Map<String, Object> searches(String appId, String tool, Instant from, Instant to) {
    recorder.flush();
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select coalesce(sum(events), 0), coalesce(sum(case when kind = 'hit' then"
                      + " events else 0 end), 0) from analytics_daily where app_id = ? and source"
                      + " = 'search' and agent_id = ? and day_utc >= ? and day_utc <= ?")) {
            Db.bind(
                s,
                List.of(
                    appId,
                    tool,
                    java.time.LocalDate.ofInstant(from, java.time.ZoneOffset.UTC),
                    java.time.LocalDate.ofInstant(to, java.time.ZoneOffset.UTC)));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("searches", r.getLong(1));
              out.put("search_hits", r.getLong(2));
              return out;
            }
          }
        });
  }

  private void requireKnown(Connection c, String appId, String tool) throws SQLException {
    if (!isKnown(c, appId, tool)) {
      throw new AnalyticsException(
          AnalyticsErrorCode.TOOL_NOT_FOUND,
          "tool_id: no tool '" + tool + "' in this app (no session, configuration or events)",
          "tool_id");
    }
  }

  private static boolean isKnown(Connection c, String appId, String tool) throws SQLException {
    for (String sql :
        List.of(
            "select 1 from tool_configs where app_id = ? and tool_id = ?",
            "select 1 from tool_sessions where app_id = ? and tool_id = ? fetch first 1 rows only",
            "select 1 from analytics_daily where app_id = ? and agent_id = ? fetch first 1 rows only")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        Db.bind(s, List.of(appId, tool));
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<Map<String, Object>> sessions(String sql, List<Object> params) {
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            Db.bind(s, params);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("session_id", r.getString("id"));
                row.put("tool_id", r.getString("tool_id"));
                row.put("user_id", r.getString("user_id"));
                row.put("metadata", fromJson(r.getString("metadata")));
                row.put("status", r.getObject("ended_at") == null ? "active" : "ended");
                row.put("started_at", String.valueOf(Db.instant(r, "started_at")));
                Instant ended = Db.instant(r, "ended_at");
                row.put("ended_at", ended == null ? null : ended.toString());
                out.add(row);
              }
            }
            return out;
          }
        });
  }

  private static Map<String, Object> configView(
      String tool, Map<String, Object> config, long version, @Nullable Instant updatedAt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool_id", tool);
    out.put("config", config);
    out.put("version", version);
    out.put("updated_at", updatedAt == null ? null : updatedAt.toString());
    return out;
  }

  private static String toolId(@Nullable String value, String field) {
    if (value == null) {
      throw AnalyticsException.missing(field);
    }
    if (!TOOL_ID.matcher(value).matches()) {
      throw AnalyticsException.invalid(
          field, "letters, digits, '_', '.', ':' and '-', at most 128");
    }
    return value;
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Db.bind(s, java.util.Arrays.asList(values));
      return s.executeUpdate();
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> fromJson(String text) {
    try {
      return json.readValue(text, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
