package dev.engram.memory.purge;

import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.task.Job;
import dev.engram.memory.task.Jobs;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the purge of a deleted app, a durable job (re-run after a crash, idempotent): removes
 * the app's queued tasks and their scheduled jobs, its session buffers, its rows in every other
 * table that carries {@code app_id}, its index (the Lucene directory, or the Atlas search indexes)
 * and its memories, events and relations (the rows, or the MongoDB collections). Pass 0 runs when
 * the deletion commits; pass 1 after the grace period removes what in-flight requests wrote
 * meanwhile and, once no job of the app is still running, ends the purge by removing the app from
 * {@code app_purges}; until then a further pass follows.
 */
@Singleton
final class AppPurgeJob implements Job {
  static final String NAME = "app-purge";

  /** Wait before the next pass when a job of the app was still running. */
  static final Duration RECHECK = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(AppPurgeJob.class);
  private static final String SEPARATOR = "#";

  /** Tables this job clears explicitly, or must keep until the end. */
  private static final List<String> NOT_SWEPT = List.of("app_purges", "tasks", "scheduled_tasks");

  private final Transactions transactions;
  private final MemoryStore store;
  private final MemoryIndex index;
  private final AppGate gate;
  private final BeanProvider<Jobs> jobs;
  private final PurgeConfiguration config;

  AppPurgeJob(
      Transactions transactions,
      MemoryStore store,
      MemoryIndex index,
      AppGate gate,
      BeanProvider<Jobs> jobs,
      PurgeConfiguration config) {
    this.transactions = transactions;
    this.store = store;
    this.index = index;
    this.gate = gate;
    this.config = config;
    this.jobs = jobs;
  }

  /** The job data of a pass: the app id, then the pass number unless it is the first. */
  static String pass(String appId, int number) {
    return number == 0 ? appId : appId + SEPARATOR + number;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Instant> run(String data) {
    int separator = data.indexOf(SEPARATOR);
    String appId = separator < 0 ? data : data.substring(0, separator);
    int number = separator < 0 ? 0 : Integer.parseInt(data.substring(separator + 1));
    gate.close(appId);
    int running = purgeTasks(appId);
    long rows = sweep(appId);
    index.dropApp(appId);
    store.dropApp(appId);
    LOG.info(
        "purge of app {}: pass {} removed {} rows; {} of its jobs still running",
        appId,
        number,
        rows,
        running);
    if (number == 0) {
      return Optional.empty();
    }
    if (running == 0) {
      transactions.inTransaction(c -> update(c, "delete from app_purges where app_id = ?", appId));
    } else {
      jobs.get().schedule(NAME, pass(appId, number + 1), Instant.now().plus(RECHECK));
    }
    return Optional.empty();
  }

  /**
   * The last attempt of a pass failed (its errors were logged): the first pass leaves the rest to
   * the final one; a later pass schedules another after the grace period.
   */
  @Override
  public void failed(String data, Throwable cause) {
    int separator = data.indexOf(SEPARATOR);
    if (separator < 0) {
      LOG.error("first purge pass of app {} failed; the final pass follows", data, cause);
      return;
    }
    String appId = data.substring(0, separator);
    int number = Integer.parseInt(data.substring(separator + 1));
    LOG.error("purge pass {} of app {} failed; trying again later", number, appId, cause);
    jobs.get().schedule(NAME, pass(appId, number + 1), Instant.now().plus(config.gracePeriod()));
  }

  /**
   * Removes the app's tasks and their scheduled jobs, except those whose job is running right now
   * (removing its row under a running job would upset the job runner); returns how many remain.
   */
  private int purgeTasks(String appId) {
    return transactions.inTransaction(
        c -> {
          update(
              c,
              "delete from scheduled_tasks where picked = false and task_name <> '"
                  + NAME
                  + "' and task_instance in (select id from tasks where app_id = ?)",
              appId);
          update(
              c,
              "delete from tasks where app_id = ? and id not in (select task_instance from"
                  + " scheduled_tasks where task_name <> '"
                  + NAME
                  + "')",
              appId);
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

  /**
   * Deletes the app's rows from every table of the schema with an {@code app_id} column, so a table
   * added later is purged without a change here.
   */
  private long sweep(String appId) {
    return transactions.inTransaction(
        c -> {
          long removed = 0;
          for (List<String> column : appIdColumns(c)) {
            removed +=
                update(
                    c,
                    "delete from "
                        + quoted(c, column.get(0))
                        + " where "
                        + quoted(c, column.get(1))
                        + " = ?",
                    appId);
          }
          return removed;
        });
  }

  /** (table, column) of every {@code app_id} column of a table of the current schema. */
  private static List<List<String>> appIdColumns(Connection c) throws SQLException {
    List<List<String>> tables = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select c.table_name, c.column_name from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name"
                    + " where c.table_schema = current_schema and t.table_type = 'BASE TABLE'"
                    + " and lower(c.column_name) = 'app_id'");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String table = r.getString(1);
        if (!NOT_SWEPT.contains(table.toLowerCase(Locale.ROOT))) {
          tables.add(List.of(table, r.getString(2)));
        }
      }
    }
    return tables;
  }

  private static String quoted(Connection c, String identifier) throws SQLException {
    String quote = c.getMetaData().getIdentifierQuoteString();
    return quote + identifier.replace(quote, quote + quote) + quote;
  }

  private static int update(Connection c, String sql, String appId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, appId);
      return s.executeUpdate();
    }
  }
}
