package dev.engram.memory.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.store.jdbc.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tasks} table ({@code V2_2__tasks.sql}). Writes join the current {@link Transactions}
 * unit of work, so a task and its scheduled job are stored together.
 */
@Singleton
public class TaskRepository {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, app_id, kind, status, payload, facts, progress, added, updated, reinforced, deleted,"
          + " skipped, errors, attempts, created_at, started_at, finished_at, result";

  /** How often a waiter re-reads a task that another instance may finish. */
  private static final Duration RECHECK = Duration.ofMillis(250);

  private final Transactions transactions;
  private final Clock clock;
  private final AppGate gate;
  private final ObjectMapper mapper = Json.mapper();
  private final TaskWaits waits = new TaskWaits();

  public TaskRepository(Transactions transactions, Clock clock, AppGate gate) {
    this.transactions = transactions;
    this.clock = clock;
    this.gate = gate;
  }

  /**
   * Stores a new queued task (inside the caller's transaction, if any) and returns it; refused for
   * an app being deleted.
   */
  public Task create(String appId, String kind, String payload) {
    gate.requireOpen(appId);
    Task task =
        new Task(
            MemoryIds.task(),
            appId,
            kind,
            TaskStatus.QUEUED,
            payload,
            null,
            0,
            TaskCounts.NONE,
            List.of(),
            0,
            clock.instant(),
            null,
            null,
            null);
    transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into tasks ("
                      + COLUMNS
                      + ") values (?, ?, ?, ?, ?, null, 0, 0, 0, 0, 0, 0, '[]', 0, ?, null, null, null)")) {
            s.setString(1, task.id());
            s.setString(2, appId);
            s.setString(3, kind);
            s.setString(4, task.status().value());
            s.setString(5, payload);
            s.setObject(6, OffsetDateTime.ofInstant(task.createdAt(), ZoneOffset.UTC));
            s.executeUpdate();
          }
          return null;
        });
    return task;
  }

  /** A task of the app; empty when unknown or of another app. */
  public Optional<Task> find(String appId, String id) {
    return find(id).filter(t -> t.appId().equals(appId));
  }

  /** How many tasks an app has (all kinds, all states). */
  public int count(String appId) {
    return transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select count(*) from tasks where app_id = ?")) {
            s.setString(1, appId);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getInt(1);
            }
          }
        });
  }

  /** The app's most recent tasks (all kinds, all states), newest first. */
  public List<Task> recent(String appId, int limit) {
    return transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + COLUMNS
                      + " from tasks where app_id = ? order by created_at desc, id desc limit ?")) {
            s.setString(1, appId);
            s.setInt(2, limit);
            List<Task> tasks = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                tasks.add(read(r));
              }
            }
            return tasks;
          }
        });
  }

  /** A task of any app, for the job that runs it. */
  public Optional<Task> find(String id) {
    return transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select " + COLUMNS + " from tasks where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(read(r)) : Optional.<Task>empty();
            }
          }
        });
  }

  /**
   * Starts an attempt of a task that is not finished (see {@link #start}): the task as it was
   * before; empty when it is unknown or finished, and then nothing changes.
   */
  public Optional<Task> startAttempt(String id) {
    Optional<Task> found = find(id).filter(t -> !t.status().finished());
    found.ifPresent(t -> start(id));
    return found;
  }

  /** Marks an attempt as started: running, one more attempt, first start time kept. */
  public void start(String id) {
    Instant now = clock.instant();
    execute(
        "update tasks set status = ?, attempts = attempts + 1,"
            + " started_at = coalesce(started_at, ?) where id = ?",
        TaskStatus.RUNNING.value(),
        now,
        id);
  }

  /** Keeps what extraction found, so that a re-run resolves the same facts. */
  public void saveFacts(String id, String factsJson) {
    execute("update tasks set facts = ? where id = ?", factsJson, id);
  }

  /**
   * Whether a write made now joins a transaction (a unit of work begun by the caller), so that it
   * commits with the rest of that unit or not at all.
   */
  public boolean inTransaction() {
    return transactions.inTransaction();
  }

  /** Records that the first {@code progress} facts are applied, with the counts so far. */
  public void checkpoint(String id, int progress, TaskCounts counts) {
    execute(
        "update tasks set progress = ?, added = ?, updated = ?, reinforced = ?, deleted = ?,"
            + " skipped = ? where id = ?",
        progress,
        counts.added(),
        counts.updated(),
        counts.reinforced(),
        counts.deleted(),
        counts.skipped(),
        id);
  }

  /** Keeps what the task produced (JSON), e.g. how a callback went. */
  public void saveResult(String id, String resultJson) {
    execute("update tasks set result = ? where id = ?", resultJson, id);
  }

  /** Keeps the body a callback sends, so that every attempt sends the same bytes. */
  public void saveCallbackBody(String id, String body) {
    execute("update tasks set callback_body = ? where id = ?", body, id);
  }

  /** The body kept by {@link #saveCallbackBody}; empty before the first attempt. */
  public Optional<String> callbackBody(String id) {
    return transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select callback_body from tasks where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** Marks the task succeeded. */
  public void succeed(String id) {
    finish(id, TaskStatus.SUCCEEDED);
  }

  /**
   * Marks the task finished ({@code succeeded} or {@code failed}) in one transaction (or inside the
   * caller's) with what {@link #finished} adds to it; whoever waits for the task is woken once that
   * transaction committed.
   */
  private void finish(String id, TaskStatus status) {
    transactions.inTransaction(
        c -> {
          update(
              c,
              "update tasks set status = ?, finished_at = ? where id = ?",
              status.value(),
              clock.instant(),
              id);
          finished(id);
          transactions.afterCommit(() -> waits.finished(id));
          return null;
        });
  }

  /**
   * Called inside the transaction that marks a task finished, after its status changed: what a
   * subclass writes here through {@link Transactions} commits or rolls back with the status change,
   * and a failure here rolls the change back. Does nothing by default.
   */
  protected void finished(String id) {}

  /**
   * Waits up to {@code timeout} for a task of the app to finish (succeed or fail for good): the
   * task as it is then, finished or not; empty when the app has no such task. A task finished by
   * this instance wakes the waiter at once; one finished by another instance is seen within a
   * quarter of a second.
   */
  public Optional<Task> awaitFinished(String appId, String id, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    CountDownLatch latch = waits.enter(id);
    try {
      while (true) {
        Optional<Task> task = find(appId, id);
        long left = deadline - System.nanoTime();
        if (task.isEmpty() || task.get().status().finished() || left <= 0) {
          return task;
        }
        if (latch.await(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS)) {
          // finished here; the next read sees it once the finishing transaction committed
          latch = renew(id, latch);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return find(appId, id);
    } finally {
      waits.leave(id, latch);
    }
  }

  private CountDownLatch renew(String id, CountDownLatch used) {
    waits.leave(id, used);
    return waits.enter(id);
  }

  /** Appends the error of a failed attempt; the task stays queued for the retry. */
  public void recordError(String id, String error) {
    transactions.inTransaction(
        c -> {
          List<String> errors = new ArrayList<>(find(id).map(Task::errors).orElse(List.of()));
          errors.add(error);
          update(
              c,
              "update tasks set status = ?, errors = ? where id = ?",
              "queued",
              json(errors),
              id);
          return null;
        });
  }

  /** Marks the task failed for good. */
  public void fail(String id) {
    finish(id, TaskStatus.FAILED);
  }

  private void execute(String sql, Object... values) {
    transactions.inTransaction(c -> update(c, sql, values));
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        s.setObject(
            i + 1,
            value instanceof Instant instant
                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : value);
      }
      return s.executeUpdate();
    }
  }

  private Task read(ResultSet r) throws SQLException {
    return new Task(
        r.getString("id"),
        r.getString("app_id"),
        r.getString("kind"),
        TaskStatus.of(r.getString("status")),
        r.getString("payload"),
        r.getString("facts"),
        r.getInt("progress"),
        new TaskCounts(
            r.getInt("added"),
            r.getInt("updated"),
            r.getInt("reinforced"),
            r.getInt("deleted"),
            r.getInt("skipped")),
        strings(r.getString("errors")),
        r.getInt("attempts"),
        instant(r, "created_at"),
        instant(r, "started_at"),
        instant(r, "finished_at"),
        r.getString("result"));
  }

  private static @Nullable Instant instant(ResultSet r, String column) throws SQLException {
    OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private List<String> strings(String json) {
    try {
      return mapper.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "unreadable task errors: " + e.getOriginalMessage());
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "cannot write task errors: " + e.getOriginalMessage());
    }
  }
}
