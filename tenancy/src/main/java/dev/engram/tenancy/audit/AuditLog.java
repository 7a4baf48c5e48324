package dev.engram.tenancy.audit;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log: events are appended (never changed), read newest first with filters and a cursor,
 * and removed once older than the retention. Platform admins read every event; tenant admins those
 * of their organization; viewers none.
 */
@Singleton
public class AuditLog {
  public static final int MAX_PAGE = 500;

  private final AuditRepository repository;
  private final JdbcOperations jdbc;
  private final Clock clock;

  AuditLog(AuditRepository repository, JdbcOperations jdbc, Clock clock) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What one request did, as the API layer saw it. */
  public record Entry(
      String actorType,
      String actor,
      @Nullable String orgId,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String address,
      String outcome,
      int status,
      @Nullable String requestId) {}

  /** A page of events and the cursor of the next one, if there are more. */
  public record Page(List<AuditEvent> events, Optional<String> next) {}

  @Transactional
  public AuditEvent append(Entry e) {
    return repository.save(
        new AuditEvent(
            Ids.newId("aud"),
            clock.instant(),
            e.actorType(),
            clip(e.actor(), 100),
            e.orgId(),
            clip(e.action(), 100),
            e.targetType(),
            e.targetId() == null ? null : clip(e.targetId(), 100),
            e.address() == null ? null : clip(e.address(), 64),
            e.outcome(),
            e.status(),
            e.requestId() == null ? null : clip(e.requestId(), 64)));
  }

  /** Events the actor may read, newest first. */
  @Transactional
  public Page query(Actor actor, AuditQuery q, @Nullable String cursor) {
    if (actor.role() == Role.TENANT_VIEWER) {
      throw new TenancyException(
          TenancyErrorCode.FORBIDDEN, "role tenant-viewer may not read the audit log");
    }
    String org = q.orgId();
    if (!actor.isPlatformAdmin()) {
      if (org != null && !actor.canRead(org)) {
        throw new TenancyException(TenancyErrorCode.ORG_NOT_FOUND, "organization not found");
      }
      org = actor.orgId().orElseThrow();
    }
    if (q.limit() < 1 || q.limit() > MAX_PAGE) {
      throw TenancyException.invalid("limit", "must be between 1 and " + MAX_PAGE);
    }
    StringBuilder sql = new StringBuilder("select * from audit_events where 1 = 1");
    List<Object> args = new ArrayList<>();
    filter(sql, args, "org_id = ?", org);
    filter(sql, args, "actor = ?", q.actor());
    filter(sql, args, "action = ?", q.action());
    filter(sql, args, "target_id = ?", q.targetId());
    filter(sql, args, "outcome = ?", q.outcome());
    filter(sql, args, "at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
    filter(sql, args, "at < ?", q.to() == null ? null : Timestamp.from(q.to()));
    if (cursor != null) {
      int split = cursor.lastIndexOf('~');
      Instant at;
      try {
        at = split > 0 ? Instant.parse(cursor.substring(0, split)) : null;
      } catch (DateTimeParseException e) {
        at = null;
      }
      if (at == null) {
        throw TenancyException.invalid("cursor", "is not a cursor this endpoint returned");
      }
      sql.append(" and (at < ? or (at = ? and id < ?))");
      args.add(Timestamp.from(at));
      args.add(Timestamp.from(at));
      args.add(cursor.substring(split + 1));
    }
    sql.append(" order by at desc, id desc limit ").append(q.limit() + 1);
    List<AuditEvent> events =
        jdbc.prepareStatement(
            sql.toString(),
            statement -> {
              bind(statement, args);
              return read(statement);
            });
    if (events.size() > q.limit()) {
      List<AuditEvent> page = events.subList(0, q.limit());
      AuditEvent last = page.getLast();
      return new Page(List.copyOf(page), Optional.of(last.at() + "~" + last.id()));
    }
    return new Page(events, Optional.empty());
  }

  /** Removes events older than the retention; returns how many. */
  @Transactional
  public long purgeOlderThan(Duration retention) {
    return repository.deleteOlderThan(clock.instant().minus(retention));
  }

  private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(" and ").append(clause);
      args.add(value);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      statement.setObject(i + 1, args.get(i));
    }
  }

  private static List<AuditEvent> read(PreparedStatement statement) throws SQLException {
    List<AuditEvent> events = new ArrayList<>();
    try (ResultSet r = statement.executeQuery()) {
      while (r.next()) {
        events.add(
            new AuditEvent(
                r.getString("id"),
                r.getTimestamp("at").toInstant(),
                r.getString("actor_type"),
                r.getString("actor"),
                r.getString("org_id"),
                r.getString("action"),
                r.getString("target_type"),
                r.getString("target_id"),
                r.getString("address"),
                r.getString("outcome"),
                r.getInt("status"),
                r.getString("request_id")));
      }
    }
    return events;
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
