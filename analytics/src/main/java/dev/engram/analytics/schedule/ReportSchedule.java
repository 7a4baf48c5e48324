package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A schedule of report exports of one organization: when (a cron expression in a time zone), what
 * (report types, formats, period, optionally one app and a domain) and where (destinations).
 */
public record ReportSchedule(
    String id,
    String orgId,
    String name,
    String cron,
    String timeZone,
    List<String> types,
    List<String> formats,
    SchedulePeriod period,
    Optional<String> appId,
    String domain,
    List<Destination> destinations,
    boolean enabled,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {
  public ReportSchedule {
    requireNonNull(id, "id is null");
    requireNonNull(orgId, "orgId is null");
    requireNonNull(name, "name is null");
    requireNonNull(cron, "cron is null");
    requireNonNull(timeZone, "timeZone is null");
    types = List.copyOf(types);
    formats = List.copyOf(formats);
    requireNonNull(period, "period is null");
    requireNonNull(appId, "appId is null");
    requireNonNull(domain, "domain is null");
    destinations = List.copyOf(destinations);
    requireNonNull(createdBy, "createdBy is null");
    requireNonNull(createdAt, "createdAt is null");
    requireNonNull(updatedAt, "updatedAt is null");
  }

  /** A schedule with its next tick, when it has one (disabled schedules have none). */
  public record Details(ReportSchedule schedule, Optional<Instant> nextRunAt) {
    public Details {
      requireNonNull(schedule, "schedule is null");
      requireNonNull(nextRunAt, "nextRunAt is null");
    }
  }
}
