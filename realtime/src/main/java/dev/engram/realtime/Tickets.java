package dev.engram.realtime;

import static java.util.Objects.requireNonNull;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Short-lived, single-use tickets that stand for an API key on one WebSocket or SSE connection:
 * browsers cannot set headers on those, and a key in a URL would end up in logs. Only a hash is
 * stored; redeeming deletes the row, so a ticket opens one connection at most, on any instance.
 */
public final class Tickets {
  /** A ticket as handed to the caller. */
  public record Ticket(String ticket, Instant expiresAt) {}

  private static final String PREFIX = "rtt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SyncQueue db;
  private final Duration ttl;
  private final Clock clock;

  public Tickets(DataSource dataSource, Duration ttl, Clock clock) {
    this.db = new SyncQueue(requireNonNull(dataSource, "dataSource is null"), 1);
    this.ttl = requireNonNull(ttl, "ttl is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public Ticket issue(AppScope scope) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String ticket = PREFIX + HexFormat.of().formatHex(random);
    Instant expiresAt = clock.instant().plus(ttl);
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into realtime_tickets (ticket_hash, org_id, app_id, key_id, scopes,"
                      + " expires_at) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, hash(ticket));
            s.setString(2, scope.orgId());
            s.setString(3, scope.appId());
            s.setString(4, scope.keyId());
            s.setString(
                5,
                scope.scopes().stream()
                    .map(Scope::value)
                    .sorted()
                    .collect(Collectors.joining(",")));
            s.setObject(6, SyncQueue.time(expiresAt));
            s.executeUpdate();
          }
          return null;
        });
    return new Ticket(ticket, expiresAt);
  }

  /** The scope of a valid ticket, which is used up by this call; empty otherwise. */
  public Optional<AppScope> redeem(String ticket) {
    if (ticket == null || !ticket.startsWith(PREFIX) || ticket.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(ticket);
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          AppScope scope;
          Instant expiresAt;
          try (PreparedStatement s =
              c.prepareStatement(
                  "select org_id, app_id, key_id, scopes, expires_at from realtime_tickets"
                      + " where ticket_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              scope =
                  new AppScope(
                      r.getString(1), r.getString(2), r.getString(3), scopes(r.getString(4)));
              expiresAt = r.getObject(5, OffsetDateTime.class).toInstant();
            }
          }
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_tickets where ticket_hash = ?")) {
            s.setString(1, hash);
            if (s.executeUpdate() != 1) {
              return Optional.empty();
            }
          }
          return now.isBefore(expiresAt) ? Optional.of(scope) : Optional.empty();
        });
  }

  /** Deletes expired tickets; returns how many. */
  public int purge() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_tickets where expires_at <= ?")) {
            s.setObject(1, SyncQueue.time(clock.instant()));
            return s.executeUpdate();
          }
        });
  }

  /** Forgets the tickets of a deleted app. */
  public void dropApp(String appId) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("delete from realtime_tickets where app_id = ?")) {
            s.setString(1, appId);
            s.executeUpdate();
          }
          return null;
        });
  }

  private static Set<Scope> scopes(String stored) {
    EnumSet<Scope> set = EnumSet.noneOf(Scope.class);
    Arrays.stream(stored.split(",")).map(Scope::fromValue).forEach(s -> s.ifPresent(set::add));
    return set;
  }

  private static String hash(String ticket) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
