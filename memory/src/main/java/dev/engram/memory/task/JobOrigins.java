package dev.engram.memory.task;

import dev.engram.memory.store.jdbc.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each scheduled job came from: the trace context of the work that queued it (a W3C {@code
 * traceparent}, as the tracing of the api module reports it through a {@link Source}), kept with
 * the execution in {@code job_origins} so that each run of the job, on whichever instance and
 * however late, can link its trace to the request's. Nothing is kept when tracing is off (no
 * source) or the scheduling work is not traced.
 */
@Singleton
public class JobOrigins {
  /** The trace context of the current thread's work, or null when there is none. */
  @FunctionalInterface
  public interface Source extends Supplier<String> {}

  private final Transactions transactions;
  private final List<Source> sources;
  private final Clock clock;

  JobOrigins(Transactions transactions, List<Source> sources, Clock clock) {
    this.transactions = transactions;
    this.sources = List.copyOf(sources);
    this.clock = clock;
  }

  /**
   * Records the current work as the origin of the execution (joining the transaction that schedules
   * it); {@code replace} false keeps an origin already recorded (a run that was already pending).
   */
  void record(String taskName, String instance, boolean replace) {
    String origin = current();
    if (origin == null) {
      return;
    }
    transactions.inTransaction(
        c -> {
          if (replace) {
            delete(c, taskName, instance);
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into job_origins (task_name, task_instance, traceparent, recorded_at)"
                      + " values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, taskName);
            insert.setString(2, instance);
            insert.setString(3, origin);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** The origin recorded for the execution, if any. */
  public Optional<String> find(String taskName, String instance) {
    return transactions.inTransaction(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "select traceparent from job_origins where task_name = ? and task_instance = ?")) {
            select.setString(1, taskName);
            select.setString(2, instance);
            try (ResultSet r = select.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** Forgets the origin of an execution that is done (or failed for good). */
  void forget(String taskName, String instance) {
    transactions.inTransaction(
        c -> {
          delete(c, taskName, instance);
          return null;
        });
  }

  private static void delete(java.sql.Connection c, String taskName, String instance)
      throws java.sql.SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from job_origins where task_name = ? and task_instance = ?")) {
      delete.setString(1, taskName);
      delete.setString(2, instance);
      delete.executeUpdate();
    }
  }

  private @Nullable String current() {
    for (Source source : sources) {
      String origin = source.get();
      if (origin != null && origin.length() <= 64) {
        return origin;
      }
    }
    return null;
  }
}
