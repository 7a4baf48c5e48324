package dev.engram.api.audit;

import dev.engram.api.console.ConsoleRoles;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.audit.AuditEvent;
import dev.engram.tenancy.audit.AuditLog;
import dev.engram.tenancy.audit.AuditQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit log in the console API: newest first, filtered, a page at a time. */
@ConsoleOperations
@Controller("/admin/v1/audit")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: audit log")
final class AuditController {
  private static final int DEFAULT_LIMIT = 50;

  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  /**
   * A page of the audit log.
   *
   * @param events newest first
   * @param next pass as {@code cursor} for the next page; absent on the last page
   */
  @Serdeable
  record AuditPage(List<AuditEventView> events, @Nullable String next) {}

  /** One audited action (see the audit log section of the README for the fields). */
  @Serdeable
  record AuditEventView(
      String id,
      Instant at,
      String actorType,
      String actor,
      @Nullable String orgId,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String address,
      String outcome,
      int status,
      @Nullable String requestId) {
    static AuditEventView of(AuditEvent e) {
      return new AuditEventView(
          e.id(),
          e.at(),
          e.actorType(),
          e.actor(),
          e.orgId(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.address(),
          e.outcome(),
          e.status(),
          e.requestId());
    }
  }

  @Get
  @Operation(
      operationId = "listAuditEvents",
      summary = "Audit events, newest first",
      description =
          "Platform admins read every event (or one organization's with org_id); tenant admins"
              + " those of their organization; viewers are refused (403). Filters: org_id, actor,"
              + " action, target_id, outcome (success, failure, error), from and to (ISO-8601"
              + " instants, from inclusive); limit 1–500 (default 50); cursor from the previous"
              + " page's next.")
  AuditPage list(
      @Parameter(hidden = true) Actor actor,
      @Nullable @QueryValue("org_id") String orgId,
      @Nullable @QueryValue("actor") String actorName,
      @Nullable @QueryValue String action,
      @Nullable @QueryValue("target_id") String targetId,
      @Nullable @QueryValue String outcome,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue String cursor) {
    AuditLog.Page page =
        log.query(
            actor,
            new AuditQuery(
                orgId,
                actorName,
                action,
                targetId,
                outcome,
                instant("from", from),
                instant("to", to),
                null,
                null,
                limit == null ? DEFAULT_LIMIT : limit),
            cursor);
    return new AuditPage(
        page.events().stream().map(AuditEventView::of).toList(), page.next().orElse(null));
  }

  private static @Nullable Instant instant(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw TenancyException.invalid(
          field, "must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
    }
  }
}
