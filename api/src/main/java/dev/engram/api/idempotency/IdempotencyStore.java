package dev.engram.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The {@code idempotency_keys} table: claim a key, keep the answer, forget. */
@Singleton
class IdempotencyStore {
  private final JdbcOperations jdbc;
  private final IdempotencyConfiguration configuration;
  private final Clock clock;

  IdempotencyStore(JdbcOperations jdbc, IdempotencyConfiguration configuration, Clock clock) {
    this.jdbc = jdbc;
    this.configuration = configuration;
    this.clock = clock;
  }

  /**
   * Claims the key for a new request, or returns what is stored under it. A key older than the
   * retention is forgotten first.
   */
  @Transactional
  Optional<StoredAnswer> claim(String scope, String key, String fingerprint) {
    Timestamp oldest = Timestamp.from(clock.instant().minus(configuration.retention()));
    jdbc.prepareStatement(
        "delete from idempotency_keys where scope = ? and idem_key = ? and created_at < ?",
        s -> {
          s.setString(1, scope);
          s.setString(2, key);
          s.setTimestamp(3, oldest);
          return s.executeUpdate();
        });
    Optional<StoredAnswer> existing = find(scope, key);
    if (existing.isPresent()) {
      return existing;
    }
    jdbc.prepareStatement(
        "insert into idempotency_keys (scope, idem_key, fingerprint, state, created_at)"
            + " values (?, ?, ?, 'pending', ?)",
        s -> {
          s.setString(1, scope);
          s.setString(2, key);
          s.setString(3, fingerprint);
          s.setTimestamp(4, Timestamp.from(clock.instant()));
          return s.executeUpdate();
        });
    return Optional.empty();
  }

  @Transactional
  void complete(
      String scope,
      String key,
      int status,
      @Nullable String contentType,
      @Nullable String location,
      @Nullable String body) {
    jdbc.prepareStatement(
        "update idempotency_keys set state = 'done', status = ?, content_type = ?, location = ?,"
            + " body = ? where scope = ? and idem_key = ?",
        s -> {
          s.setInt(1, status);
          s.setString(2, contentType);
          s.setString(3, location);
          s.setString(4, body);
          s.setString(5, scope);
          s.setString(6, key);
          return s.executeUpdate();
        });
  }

  /** Forgets a key whose request failed, so that the client may retry with it. */
  @Transactional
  void release(String scope, String key) {
    jdbc.prepareStatement(
        "delete from idempotency_keys where scope = ? and idem_key = ?",
        s -> {
          s.setString(1, scope);
          s.setString(2, key);
          return s.executeUpdate();
        });
  }

  /** Removes keys older than the retention; returns how many. */
  @Transactional
  int purge() {
    Timestamp oldest = Timestamp.from(clock.instant().minus(configuration.retention()));
    return jdbc.prepareStatement(
        "delete from idempotency_keys where created_at < ?",
        s -> {
          s.setTimestamp(1, oldest);
          return s.executeUpdate();
        });
  }

  private Optional<StoredAnswer> find(String scope, String key) {
    return jdbc.prepareStatement(
        "select fingerprint, state, status, content_type, location, body from idempotency_keys"
            + " where scope = ? and idem_key = ?",
        s -> {
          s.setString(1, scope);
          s.setString(2, key);
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(read(r)) : Optional.<StoredAnswer>empty();
          }
        });
  }

  private static StoredAnswer read(ResultSet r) throws SQLException {
    return new StoredAnswer(
        r.getString("fingerprint"),
        "done".equals(r.getString("state")),
        r.getInt("status"),
        r.getString("content_type"),
        r.getString("location"),
        r.getString("body"));
  }
}
