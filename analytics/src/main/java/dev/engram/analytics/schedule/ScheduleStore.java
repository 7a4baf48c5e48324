package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Window;
import dev.engram.analytics.schedule.ReportRun.Delivery;
import dev.engram.analytics.schedule.ReportRun.OutputFile;
import dev.engram.analytics.store.Db;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Schedules, runs and run files in the relational database (V3_5). */
@Singleton
final class ScheduleStore {
  private static final String SCHEDULE_COLUMNS =
      "id, org_id, name, cron, time_zone, spec, enabled, created_by, created_at, updated_at";
  private static final String RUN_COLUMNS =
      "id, schedule_id, org_id, run_trigger, tick, period_from, period_to, status, attempts,"
          + " started_at, finished_at, duration_ms, size_bytes, error, deliveries, created_at";

  private final Db db;
  private final JsonMapper json;

  ScheduleStore(Db db, JsonMapper json) {
    this.db = requireNonNull(db, "db is null");
    this.json = requireNonNull(json, "json is null");
  }

  // --- schedules

  void insert(ReportSchedule s) {
    db.inTransaction(
        c ->
            update(
                c,
                "insert into report_schedules ("
                    + SCHEDULE_COLUMNS
                    + ") values (?,?,?,?,?,?,?,?,?,?)",
                s.id(),
                s.orgId(),
                s.name(),
                s.cron(),
                s.timeZone(),
                spec(s),
                s.enabled(),
                s.createdBy(),
                s.createdAt(),
                s.updatedAt()));
  }

  void update(ReportSchedule s) {
    db.inTransaction(
        c ->
            update(
                c,
                "update report_schedules set name = ?, cron = ?, time_zone = ?, spec = ?,"
                    + " enabled = ?, updated_at = ? where id = ?",
                s.name(),
                s.cron(),
                s.timeZone(),
                spec(s),
                s.enabled(),
                s.updatedAt(),
                s.id()));
  }

  /** Deletes the schedule with its runs and their files. */
  void delete(String id) {
    db.inTransaction(
        c -> {
          update(
              c,
              "delete from report_outputs where run_id in"
                  + " (select id from report_runs where schedule_id = ?)",
              id);
          update(c, "delete from report_runs where schedule_id = ?", id);
          return update(c, "delete from report_schedules where id = ?", id);
        });
  }

  Optional<ReportSchedule> find(String id) {
    return db.read(
        c -> {
          List<ReportSchedule> found =
              schedules(
                  c, "select " + SCHEDULE_COLUMNS + " from report_schedules where id = ?", id);
          return found.stream().findFirst();
        });
  }

  List<ReportSchedule> list(String orgId) {
    return db.read(
        c ->
            schedules(
                c,
                "select "
                    + SCHEDULE_COLUMNS
                    + " from report_schedules where org_id = ? order by created_at, id",
                orgId));
  }

  long count(String orgId) {
    return db.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("select count(*) from report_schedules where org_id = ?")) {
            Db.bind(st, List.of(orgId));
            try (ResultSet rows = st.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  // --- runs

  /** Stores a new run unless the schedule already has one for that trigger and tick. */
  boolean insertRun(ReportRun r) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "select count(*) from report_runs where schedule_id = ? and run_trigger = ?"
                      + " and tick = ?")) {
            Db.bind(st, List.of(r.scheduleId(), r.trigger(), r.tick()));
            try (ResultSet rows = st.executeQuery()) {
              rows.next();
              if (rows.getLong(1) > 0) {
                return false;
              }
            }
          }
          // two instances racing for one tick: the loser's unique violation makes Db run this
          // again, and then it sees the winner's row
          update(
              c,
              "insert into report_runs ("
                  + RUN_COLUMNS
                  + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
              r.id(),
              r.scheduleId(),
              r.orgId(),
              r.trigger(),
              r.tick(),
              r.period().from(),
              r.period().to(),
              r.status(),
              r.attempts(),
              r.startedAt(),
              r.finishedAt(),
              r.durationMs(),
              r.sizeBytes(),
              r.error(),
              deliveries(r.deliveries()),
              r.createdAt());
          return true;
        });
  }

  void updateRun(ReportRun r) {
    db.inTransaction(
        c ->
            update(
                c,
                "update report_runs set status = ?, attempts = ?, started_at = ?, finished_at = ?,"
                    + " duration_ms = ?, size_bytes = ?, error = ?, deliveries = ? where id = ?",
                r.status(),
                r.attempts(),
                r.startedAt(),
                r.finishedAt(),
                r.durationMs(),
                r.sizeBytes(),
                r.error() == null ? null : truncate(r.error(), 2000),
                deliveries(r.deliveries()),
                r.id()));
  }

  Optional<ReportRun> findRun(String id) {
    return db.read(
        c ->
            runs(c, "select " + RUN_COLUMNS + " from report_runs where id = ?", id).stream()
                .findFirst());
  }

  List<ReportRun> runs(String scheduleId, int limit) {
    return db.read(
        c ->
            runs(
                c,
                "select "
                    + RUN_COLUMNS
                    + " from report_runs where schedule_id = ? order by created_at desc, id desc"
                    + " limit ?",
                scheduleId,
                limit));
  }

  /** Deletes the runs of the schedule beyond the newest {@code keep}, with their files. */
  void prune(String scheduleId, int keep) {
    db.inTransaction(
        c -> {
          List<String> old = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "select id from report_runs where schedule_id = ?"
                      + " order by created_at desc, id desc offset ? rows")) {
            Db.bind(st, List.of(scheduleId, keep));
            try (ResultSet rows = st.executeQuery()) {
              while (rows.next()) {
                old.add(rows.getString(1));
              }
            }
          }
          for (String id : old) {
            update(c, "delete from report_outputs where run_id = ?", id);
            update(c, "delete from report_runs where id = ?", id);
          }
          return old.size();
        });
  }

  // --- files

  /** Replaces the files of a run (a retried attempt renders them again). */
  void replaceOutputs(String runId, List<ReportSource.Output> outputs) {
    db.inTransaction(
        c -> {
          update(c, "delete from report_outputs where run_id = ?", runId);
          try (PreparedStatement st =
              c.prepareStatement(
                  "insert into report_outputs (run_id, file_name, content_type, size_bytes, body)"
                      + " values (?,?,?,?,?)")) {
            for (ReportSource.Output o : outputs) {
              st.setString(1, runId);
              st.setString(2, o.fileName());
              st.setString(3, o.contentType());
              st.setLong(4, o.body().length);
              st.setBytes(5, o.body());
              st.addBatch();
            }
            st.executeBatch();
          }
          return null;
        });
  }

  List<OutputFile> outputFiles(String runId) {
    return db.read(
        c -> {
          List<OutputFile> files = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "select file_name, content_type, size_bytes from report_outputs"
                      + " where run_id = ? order by file_name")) {
            Db.bind(st, List.of(runId));
            try (ResultSet rows = st.executeQuery()) {
              while (rows.next()) {
                files.add(new OutputFile(rows.getString(1), rows.getString(2), rows.getLong(3)));
              }
            }
          }
          return files;
        });
  }

  Optional<ReportSource.Output> output(String runId, String fileName) {
    return db.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "select content_type, body from report_outputs where run_id = ? and file_name"
                      + " = ?")) {
            Db.bind(st, List.of(runId, fileName));
            try (ResultSet rows = st.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      new ReportSource.Output(rows.getBytes(2), rows.getString(1), fileName))
                  : Optional.<ReportSource.Output>empty();
            }
          }
        });
  }

  // --- mapping

  private List<ReportSchedule> schedules(Connection c, String sql, Object... args)
      throws SQLException {
    List<ReportSchedule> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Db.bind(st, Arrays.asList(args));
      try (ResultSet rows = st.executeQuery()) {
        while (rows.next()) {
          out.add(schedule(rows));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private ReportSchedule schedule(ResultSet rows) throws SQLException {
    Map<String, Object> spec = read(rows.getString("spec"));
    Map<String, Object> period = (Map<String, Object>) spec.get("period");
    List<Destination> destinations = new ArrayList<>();
    for (Map<String, Object> d : (List<Map<String, Object>>) spec.get("destinations")) {
      destinations.add(
          switch (String.valueOf(d.get("type"))) {
            case "email" ->
                new Destination.Email(
                    (List<String>) d.get("to"), Optional.ofNullable((String) d.get("subject")));
            case "webhook" ->
                new Destination.Webhook(
                    URI.create((String) d.get("url")), (String) d.get("secret"));
            case "s3" ->
                new Destination.S3(
                    URI.create((String) d.get("endpoint")),
                    (String) d.get("bucket"),
                    (String) d.get("prefix"),
                    (String) d.get("region"),
                    (String) d.get("access_key_id"),
                    (String) d.get("secret_access_key"),
                    Boolean.TRUE.equals(d.get("path_style")));
            default -> new Destination.Directory((String) d.get("path"));
          });
    }
    return new ReportSchedule(
        rows.getString("id"),
        rows.getString("org_id"),
        rows.getString("name"),
        rows.getString("cron"),
        rows.getString("time_zone"),
        (List<String>) spec.get("types"),
        (List<String>) spec.get("formats"),
        new SchedulePeriod((String) period.get("kind"), ((Number) period.get("days")).intValue()),
        Optional.ofNullable((String) spec.get("app_id")),
        (String) spec.get("domain"),
        destinations,
        rows.getBoolean("enabled"),
        rows.getString("created_by"),
        Db.instant(rows, "created_at"),
        Db.instant(rows, "updated_at"));
  }

  private String spec(ReportSchedule s) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("types", s.types());
    spec.put("formats", s.formats());
    spec.put("period", Map.of("kind", s.period().kind(), "days", s.period().days()));
    s.appId().ifPresent(app -> spec.put("app_id", app));
    spec.put("domain", s.domain());
    List<Map<String, Object>> destinations = new ArrayList<>();
    for (Destination d : s.destinations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", d.type());
      switch (d) {
        case Destination.Directory dir -> m.put("path", dir.path());
        case Destination.Email email -> {
          m.put("to", email.to());
          email.subject().ifPresent(subject -> m.put("subject", subject));
        }
        case Destination.Webhook hook -> {
          m.put("url", hook.url().toString());
          m.put("secret", hook.secret());
        }
        case Destination.S3 s3 -> {
          m.put("endpoint", s3.endpoint().toString());
          m.put("bucket", s3.bucket());
          m.put("prefix", s3.prefix());
          m.put("region", s3.region());
          m.put("access_key_id", s3.accessKeyId());
          m.put("secret_access_key", s3.secretAccessKey());
          m.put("path_style", s3.pathStyle());
        }
      }
      destinations.add(m);
    }
    spec.put("destinations", destinations);
    return write(spec);
  }

  private List<ReportRun> runs(Connection c, String sql, Object... args) throws SQLException {
    List<ReportRun> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Db.bind(st, Arrays.asList(args));
      try (ResultSet rows = st.executeQuery()) {
        while (rows.next()) {
          out.add(run(rows));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private ReportRun run(ResultSet rows) throws SQLException {
    List<Delivery> deliveries = new ArrayList<>();
    List<Map<String, Object>> items =
        json(
            rows.getString("deliveries"),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
    for (Map<String, Object> d : items) {
      deliveries.add(
          new Delivery(
              ((Number) d.get("index")).intValue(),
              (String) d.get("type"),
              (String) d.get("target"),
              (String) d.get("status"),
              ((Number) d.get("attempts")).intValue(),
              (String) d.get("detail"),
              d.get("at") == null ? null : Instant.parse((String) d.get("at"))));
    }
    long duration = rows.getLong("duration_ms");
    boolean noDuration = rows.wasNull();
    long size = rows.getLong("size_bytes");
    boolean noSize = rows.wasNull();
    return new ReportRun(
        rows.getString("id"),
        rows.getString("schedule_id"),
        rows.getString("org_id"),
        rows.getString("run_trigger"),
        Db.instant(rows, "tick"),
        new Window(
            rows.getObject("period_from", LocalDate.class),
            rows.getObject("period_to", LocalDate.class)),
        rows.getString("status"),
        rows.getInt("attempts"),
        Db.instant(rows, "started_at"),
        Db.instant(rows, "finished_at"),
        noDuration ? null : duration,
        noSize ? null : size,
        rows.getString("error"),
        deliveries,
        List.of(),
        Db.instant(rows, "created_at"));
  }

  private String deliveries(List<Delivery> deliveries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Delivery d : deliveries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", d.index());
      m.put("type", d.type());
      m.put("target", d.target());
      m.put("status", d.status());
      m.put("attempts", d.attempts());
      if (d.detail() != null) {
        m.put("detail", truncate(d.detail(), 500));
      }
      if (d.at() != null) {
        m.put("at", d.at().toString());
      }
      out.add(m);
    }
    return write(out);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Db.bind(st, Arrays.asList(args));
      return st.executeUpdate();
    }
  }

  private Map<String, Object> read(String text) {
    return json(text, Argument.mapOf(String.class, Object.class));
  }

  private <T> T json(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
