package dev.engram.memory.purge;

import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.task.Jobs;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Starts the purge of a deleted app: records it in {@code app_purges} (which closes the app's
 * {@link AppGate} on every instance) and schedules the two durable passes of {@link AppPurgeJob},
 * one now and a final one after the grace period, in the transaction that deletes the app.
 */
@Singleton
public final class AppPurges {
  private final Transactions transactions;
  private final Jobs jobs;
  private final AppGate gate;
  private final PurgeConfiguration config;
  private final Clock clock;

  AppPurges(
      Transactions transactions, Jobs jobs, AppGate gate, PurgeConfiguration config, Clock clock) {
    this.transactions = transactions;
    this.jobs = jobs;
    this.gate = gate;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Records the purge of the app inside the transaction that owns the connection (the app's
   * deletion); nothing happens if that transaction rolls back. Call {@link #started} after it
   * commits. Requesting the purge of an app already being purged changes nothing.
   */
  public void request(Connection deletion, String appId) {
    transactions.joining(
        deletion,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into app_purges (app_id, requested_at) select ?, ? where not exists"
                      + " (select 1 from app_purges where app_id = ?)")) {
            s.setString(1, appId);
            s.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(3, appId);
            if (s.executeUpdate() == 0) {
              return null;
            }
          }
          // the job runner's clock is the system's: schedule on it, not on the injected clock
          Instant now = Instant.now();
          jobs.schedule(AppPurgeJob.NAME, AppPurgeJob.pass(appId, 0), now);
          jobs.schedule(
              AppPurgeJob.NAME, AppPurgeJob.pass(appId, 1), now.plus(config.gracePeriod()));
          return null;
        });
  }

  /** After the deletion committed: refuse the app's writes here at once and purge without delay. */
  public void started(String appId) {
    gate.close(appId);
    jobs.wake();
  }
}
