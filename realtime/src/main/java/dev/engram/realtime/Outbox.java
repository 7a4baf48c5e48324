package dev.engram.realtime;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox of platform events ({@code realtime_outbox}, migration {@code V4_10}).
 * The API writes an event's row on the connection of the transaction that causes it ({@link
 * #append}), so the row exists exactly when the memory write (task completion, learning event)
 * committed; where the change is not in this relational database (a memory on the MongoDB store) or
 * is no change (an insight), the row is written in a transaction of its own right after it ({@link
 * #append(List, Instant)}), and a crash in between loses that event. The gateway that queues the
 * event for its subscribers deletes the row ({@link #delete}); a relay in every gateway sends again
 * the rows that nobody handled — what a crash ({@code kill -9}) left between the commit and the
 * queuing — after {@link #claim}ing them, so that two gateways never send the same row at once: the
 * claim takes rows with {@code SELECT … FOR UPDATE SKIP LOCKED} and marks them {@code
 * claimed_until}, after which another relay may take them (the claimer died, or its bus lost them).
 * Delivery is at least once: a row sent again after a crash may reach a service twice, under the
 * same event id. The outbox is bounded: rows older than the retention and rows beyond {@link
 * #LIMIT} (the oldest) are deleted by {@link #trim} and counted as dropped.
 */
public final class Outbox {
  /** Most rows kept; beyond it the oldest are dropped (no gateway drained them). */
  public static final int LIMIT = 100_000;

  /** The topics whose events go through the outbox (those the platform itself publishes). */
  static final Set<String> TOPICS =
      Set.of(Topics.MEMORY, Topics.TASKS, Topics.LEARNING, Topics.INSIGHTS);

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  private static final String INSERT =
      "insert into realtime_outbox (id, app_id, body, created_at) values (?, ?, ?, ?)";

  private final DataSource dataSource;

  public Outbox(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource is null");
  }

  /**
   * Writes the events on the caller's connection, inside its transaction: they commit, or roll
   * back, with the change that caused them.
   */
  public static void append(Connection connection, List<PlatformEvent> events, Instant now)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(INSERT)) {
      for (PlatformEvent event : events) {
        s.setString(1, event.id());
        s.setString(2, event.appId());
        s.setString(3, Json.writeEvent(event));
        s.setObject(4, SyncQueue.time(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Writes the events in a transaction of their own (a change that committed elsewhere). */
  public void append(List<PlatformEvent> events, Instant now) {
    inTransaction(
        c -> {
          append(c, events, now);
          return null;
        });
  }

  /**
   * Takes at most {@code max} rows written before {@code createdBefore} that nobody holds (never
   * claimed, or claimed until before {@code now}), oldest first, and holds them until {@code
   * until}. Rows another relay is claiming at this moment are skipped, not waited for. A row whose
   * body cannot be read is deleted (logged).
   */
  List<PlatformEvent> claim(Instant createdBefore, Instant now, Instant until, int max) {
    return inTransaction(
        c -> {
          List<Long> positions = new ArrayList<>();
          List<PlatformEvent> events = new ArrayList<>();
          List<Long> unreadable = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select position, body from realtime_outbox where created_at < ?"
                      + " and (claimed_until is null or claimed_until < ?)"
                      + " order by position fetch first ? rows only for update skip locked")) {
            s.setObject(1, SyncQueue.time(createdBefore));
            s.setObject(2, SyncQueue.time(now));
            s.setInt(3, max);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                long position = r.getLong(1);
                try {
                  events.add(Json.readEvent(r.getString(2)));
                  positions.add(position);
                } catch (JsonProcessingException | RuntimeException e) {
                  LOG.warn("dropped an unreadable outbox row {}: {}", position, e.getMessage());
                  unreadable.add(position);
                }
              }
            }
          }
          update(
              c,
              "update realtime_outbox set claimed_until = ? where position = ?",
              until,
              positions);
          update(c, "delete from realtime_outbox where position = ?", null, unreadable);
          return events;
        });
  }

  private static void update(Connection c, String sql, Instant until, List<Long> positions)
      throws SQLException {
    if (positions.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (long position : positions) {
        int i = 1;
        if (until != null) {
          s.setObject(i++, SyncQueue.time(until));
        }
        s.setLong(i, position);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Deletes the rows of these events (queued by a gateway); returns how many there were. */
  int delete(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return 0;
    }
    return inTransaction(
        c -> {
          String marks = String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?"));
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_outbox where id in (" + marks + ")")) {
            int i = 1;
            for (String id : eventIds) {
              s.setString(i++, id);
            }
            return s.executeUpdate();
          }
        });
  }

  /**
   * Keeps the outbox bounded: deletes rows written before {@code before} (older than the retention)
   * and, beyond the newest {@code limit}, the oldest. Returns how many were deleted.
   */
  long trim(Instant before, int limit) {
    return inTransaction(
        c -> {
          long deleted;
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_outbox where created_at < ?")) {
            s.setObject(1, SyncQueue.time(before));
            deleted = s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "delete from realtime_outbox where position <="
                      + " (select max(position) from realtime_outbox) - ?")) {
            s.setLong(1, limit);
            deleted += s.executeUpdate();
          }
          return deleted;
        });
  }

  /** Every row of an app (its deletion). */
  void dropApp(String appId) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_outbox where app_id = ?")) {
            s.setString(1, appId);
            return s.executeUpdate();
          }
        });
  }

  /** Rows waiting (for /health). */
  long depth() {
    return inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement("select count(*) from realtime_outbox");
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  private <T> T inTransaction(SyncQueue.Work<T> work) {
    return SyncQueue.inTransaction(dataSource, "realtime outbox", work);
  }
}
