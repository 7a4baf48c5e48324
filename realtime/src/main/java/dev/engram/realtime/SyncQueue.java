package dev.engram.realtime;

import dev.engram.tenancy.event.PlatformEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The durable sync queues of identified services, in the relational database: one row per queued
 * event, numbered in the service's own sequence. Every gateway instance that receives an event
 * tries to queue it; the (service, event id) key keeps one copy, and the subscriber row's lock
 * hands out sequence numbers in order. Acknowledged events are deleted; a queue over its bound
 * loses its oldest events (counted in {@code dropped}); events older than the retention and
 * services silent for that long are purged.
 */
final class SyncQueue {
  /** A service's queue state as found at identify. */
  record Registration(long ackedSeq, long nextSeq, Set<String> topics, long dropped) {}

  /** A queued event with its sequence number; {@code body} is the event's JSON. */
  record Queued(long seq, String eventId, String body, Instant createdAt) {}

  /** A subscriber of an app, as the dispatcher sees it. */
  record Subscriber(String serviceId, Set<String> topics) {}

  private static final long SUBSCRIBER_CACHE_NANOS = 2_000_000_000L;

  private record Cached(long loadedAt, List<Subscriber> subscribers) {}

  private final DataSource dataSource;
  private final int limit;
  private final ConcurrentHashMap<String, Cached> subscribers = new ConcurrentHashMap<>();

  SyncQueue(DataSource dataSource, int limit) {
    this.dataSource = dataSource;
    this.limit = limit;
  }

  Registration identify(String appId, String serviceId, Set<String> capabilities, Instant now) {
    return inTransaction(
        c -> {
          Optional<Registration> existing = lock(c, appId, serviceId);
          if (existing.isPresent()) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "update realtime_subscribers set capabilities = ?, last_seen_at = ?"
                        + " where app_id = ? and service_id = ?")) {
              s.setString(1, String.join(",", capabilities));
              s.setObject(2, time(now));
              s.setString(3, appId);
              s.setString(4, serviceId);
              s.executeUpdate();
            }
            return existing.get();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into realtime_subscribers (app_id, service_id, topics, capabilities,"
                      + " next_seq, acked_seq, dropped, created_at, last_seen_at)"
                      + " values (?, ?, '', ?, 1, 0, 0, ?, ?)")) {
            s.setString(1, appId);
            s.setString(2, serviceId);
            s.setString(3, String.join(",", capabilities));
            s.setObject(4, time(now));
            s.setObject(5, time(now));
            s.executeUpdate();
          }
          subscribers.remove(appId);
          return new Registration(0, 1, Set.of(), 0);
        });
  }

  void setTopics(String appId, String serviceId, Set<String> topics) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update realtime_subscribers set topics = ? where app_id = ? and service_id = ?")) {
            s.setString(1, String.join("\n", topics));
            s.setString(2, appId);
            s.setString(3, serviceId);
            s.executeUpdate();
          }
          return null;
        });
    subscribers.remove(appId);
  }

  /** The app's subscribers (cached for two seconds; local changes are seen at once). */
  List<Subscriber> subscribers(String appId) {
    Cached cached = subscribers.get(appId);
    if (cached != null && System.nanoTime() - cached.loadedAt() < SUBSCRIBER_CACHE_NANOS) {
      return cached.subscribers();
    }
    List<Subscriber> loaded =
        inTransaction(
            c -> {
              List<Subscriber> out = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select service_id, topics from realtime_subscribers where app_id = ?")) {
                s.setString(1, appId);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    out.add(new Subscriber(r.getString(1), topics(r.getString(2))));
                  }
                }
              }
              return out;
            });
    subscribers.put(appId, new Cached(System.nanoTime(), List.copyOf(loaded)));
    return loaded;
  }

  boolean exists(String appId, String serviceId) {
    return subscribers(appId).stream().anyMatch(s -> s.serviceId().equals(serviceId))
        || inTransaction(c -> lock(c, appId, serviceId).isPresent());
  }

  /**
   * Queues events for one service in one transaction; an event already queued for it (by another
   * instance) is skipped. Returns how many older events the bound dropped.
   */
  long enqueue(String appId, String serviceId, List<PlatformEvent> events, Instant now) {
    return inTransaction(
        c -> {
          Optional<Registration> state = lock(c, appId, serviceId);
          if (state.isEmpty()) {
            return 0L;
          }
          long next = state.get().nextSeq();
          for (PlatformEvent event : events) {
            if (queued(c, appId, serviceId, event.id())) {
              continue;
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "insert into realtime_queue (app_id, service_id, seq, event_id, body,"
                        + " created_at) values (?, ?, ?, ?, ?, ?)")) {
              s.setString(1, appId);
              s.setString(2, serviceId);
              s.setLong(3, next++);
              s.setString(4, event.id());
              s.setString(5, Json.writeEvent(event));
              s.setObject(6, time(now));
              s.executeUpdate();
            }
          }
          long dropped = 0;
          try (PreparedStatement s =
              c.prepareStatement(
                  "delete from realtime_queue where app_id = ? and service_id = ? and seq < ?")) {
            s.setString(1, appId);
            s.setString(2, serviceId);
            s.setLong(3, next - limit);
            dropped = s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "update realtime_subscribers set next_seq = ?, dropped = dropped + ?"
                      + " where app_id = ? and service_id = ?")) {
            s.setLong(1, next);
            s.setLong(2, dropped);
            s.setString(3, appId);
            s.setString(4, serviceId);
            s.executeUpdate();
          }
          return dropped;
        });
  }

  /** Events after {@code afterSeq}, oldest first, at most {@code max}. */
  List<Queued> pending(String appId, String serviceId, long afterSeq, int max) {
    return inTransaction(
        c -> {
          List<Queued> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select seq, event_id, body, created_at from realtime_queue where app_id = ?"
                      + " and service_id = ? and seq > ? order by seq limit ?")) {
            s.setString(1, appId);
            s.setString(2, serviceId);
            s.setLong(3, afterSeq);
            s.setInt(4, max);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new Queued(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getObject(4, OffsetDateTime.class).toInstant()));
              }
            }
          }
          return out;
        });
  }

  /** Acknowledges every event up to {@code seq}: they are deleted. */
  void ack(String appId, String serviceId, long seq, Instant now) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "delete from realtime_queue where app_id = ? and service_id = ? and seq <= ?")) {
            s.setString(1, appId);
            s.setString(2, serviceId);
            s.setLong(3, seq);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "update realtime_subscribers set acked_seq = ?, last_seen_at = ?"
                      + " where app_id = ? and service_id = ? and acked_seq < ?")) {
            s.setLong(1, seq);
            s.setObject(2, time(now));
            s.setString(3, appId);
            s.setString(4, serviceId);
            s.setLong(5, seq);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Events dropped by the bound so far, for the {@code overflow} frame. */
  long dropped(String appId, String serviceId) {
    return inTransaction(c -> lock(c, appId, serviceId).map(Registration::dropped).orElse(0L));
  }

  void touch(String appId, String serviceId, Instant now) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update realtime_subscribers set last_seen_at = ?"
                      + " where app_id = ? and service_id = ?")) {
            s.setObject(1, time(now));
            s.setString(2, appId);
            s.setString(3, serviceId);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Events waiting in every queue (for the depth gauge). */
  long depth() {
    return inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement("select count(*) from realtime_queue");
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  /** Deletes events older than {@code before} and services not seen since; returns events. */
  int purge(Instant before) {
    return inTransaction(
        c -> {
          int events;
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_queue where created_at < ?")) {
            s.setObject(1, time(before));
            events = s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "delete from realtime_queue q where exists (select 1 from realtime_subscribers"
                      + " r where r.app_id = q.app_id and r.service_id = q.service_id"
                      + " and r.last_seen_at < ?)")) {
            s.setObject(1, time(before));
            events += s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_subscribers where last_seen_at < ?")) {
            s.setObject(1, time(before));
            s.executeUpdate();
          }
          subscribers.clear();
          return events;
        });
  }

  /** Everything of an app (its deletion). */
  void dropApp(String appId) {
    inTransaction(
        c -> {
          for (String table : List.of("realtime_queue", "realtime_subscribers")) {
            try (PreparedStatement s =
                c.prepareStatement("delete from " + table + " where app_id = ?")) {
              s.setString(1, appId);
              s.executeUpdate();
            }
          }
          return null;
        });
    subscribers.remove(appId);
  }

  private Optional<Registration> lock(Connection c, String appId, String serviceId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select acked_seq, next_seq, topics, dropped from realtime_subscribers"
                + " where app_id = ? and service_id = ? for update")) {
      s.setString(1, appId);
      s.setString(2, serviceId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Registration(r.getLong(1), r.getLong(2), topics(r.getString(3)), r.getLong(4)));
      }
    }
  }

  private static boolean queued(Connection c, String appId, String serviceId, String eventId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select 1 from realtime_queue where app_id = ? and service_id = ? and event_id = ?")) {
      s.setString(1, appId);
      s.setString(2, serviceId);
      s.setString(3, eventId);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static Set<String> topics(String stored) {
    if (stored == null || stored.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.asList(stored.split("\n")));
  }

  static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> T inTransaction(Work<T> work) {
    return inTransaction(dataSource, "realtime queue", work);
  }

  /**
   * Runs the work in one transaction on a connection of the data source: committed when it returns,
   * rolled back when it throws; {@code what} names the store in the error.
   */
  static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + " statement failed: " + e.getMessage(), e);
    }
  }
}
