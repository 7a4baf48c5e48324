package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.org.Organizations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Report schedules of organizations, for the console: create, list, read, change, delete, run now,
 * and their runs and files. Everyone who can see the organization reads; platform admins and the
 * organization's tenant admins change. Another organization's schedule or run is "not found".
 */
@Singleton
public class ReportSchedules {
  static final int MAX_RUNS_LISTED = 200;

  private final ScheduleStore store;
  private final ScheduleValidator validator;
  private final ReportJobs jobs;
  private final ReportRunner runner;
  private final Organizations organizations;
  private final ReportsConfiguration config;
  private final Clock clock;

  ReportSchedules(
      ScheduleStore store,
      ScheduleValidator validator,
      ReportJobs jobs,
      ReportRunner runner,
      Organizations organizations,
      ReportsConfiguration config,
      Clock clock) {
    this.store = requireNonNull(store, "store is null");
    this.validator = requireNonNull(validator, "validator is null");
    this.jobs = requireNonNull(jobs, "jobs is null");
    this.runner = requireNonNull(runner, "runner is null");
    this.organizations = requireNonNull(organizations, "organizations is null");
    this.config = requireNonNull(config, "config is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public ReportSchedule.Details create(Actor actor, String orgId, ScheduleDraft draft) {
    requireOrg(actor, orgId, true);
    validator.requireForCreate(draft);
    Instant now = clock.instant();
    String id = Ids.newId("rsch");
    ReportSchedule defaults =
        new ReportSchedule(
            id,
            orgId,
            "",
            "",
            "UTC",
            List.of(),
            List.of("pdf"),
            new SchedulePeriod("week", 7),
            Optional.empty(),
            "all",
            List.of(new Destination.Directory(id)),
            true,
            actor.username(),
            now,
            now);
    ReportSchedule schedule = validator.apply(defaults, draft);
    if (store.count(orgId) >= config.maxSchedulesPerOrg()) {
      throw AnalyticsException.invalid(
          "org_id",
          "the organization has "
              + config.maxSchedulesPerOrg()
              + " schedules already (engram.reports.max-schedules-per-org)");
    }
    store.insert(schedule);
    retick(schedule);
    return details(schedule);
  }

  public List<ReportSchedule.Details> list(Actor actor, String orgId) {
    requireOrg(actor, orgId, false);
    return store.list(orgId).stream().map(this::details).toList();
  }

  public ReportSchedule.Details get(Actor actor, String orgId, String scheduleId) {
    requireOrg(actor, orgId, false);
    return details(find(orgId, scheduleId));
  }

  public ReportSchedule.Details update(
      Actor actor, String orgId, String scheduleId, ScheduleDraft draft) {
    requireOrg(actor, orgId, true);
    ReportSchedule current = find(orgId, scheduleId);
    ReportSchedule changed = validator.apply(current, draft);
    ReportSchedule updated =
        new ReportSchedule(
            changed.id(),
            changed.orgId(),
            changed.name(),
            changed.cron(),
            changed.timeZone(),
            changed.types(),
            changed.formats(),
            changed.period(),
            changed.appId(),
            changed.domain(),
            changed.destinations(),
            changed.enabled(),
            changed.createdBy(),
            changed.createdAt(),
            clock.instant());
    store.update(updated);
    retick(updated);
    return details(updated);
  }

  public void delete(Actor actor, String orgId, String scheduleId) {
    requireOrg(actor, orgId, true);
    ReportSchedule schedule = find(orgId, scheduleId);
    jobs.cancelTick(schedule.id());
    store.delete(schedule.id());
  }

  /** Records a run of the schedule for the period ending today and queues it at once. */
  public ReportRun runNow(Actor actor, String orgId, String scheduleId) {
    requireOrg(actor, orgId, true);
    ReportRun run = runner.runNow(find(orgId, scheduleId));
    jobs.queueRun(run.id());
    return run;
  }

  /** The schedule's runs, newest first. */
  public List<ReportRun> runs(Actor actor, String orgId, String scheduleId, int limit) {
    requireOrg(actor, orgId, false);
    find(orgId, scheduleId);
    if (limit < 1 || limit > MAX_RUNS_LISTED) {
      throw AnalyticsException.invalid("limit", "must be 1 to " + MAX_RUNS_LISTED);
    }
    return store.runs(scheduleId, limit).stream().map(this::withOutputs).toList();
  }

  public ReportRun run(Actor actor, String orgId, String runId) {
    requireOrg(actor, orgId, false);
    return withOutputs(findRun(orgId, runId));
  }

  /** A file of a run, for download. */
  public ReportSource.Output output(Actor actor, String orgId, String runId, String fileName) {
    requireOrg(actor, orgId, false);
    findRun(orgId, runId);
    return store
        .output(runId, fileName)
        .orElseThrow(
            () ->
                new AnalyticsException(
                    AnalyticsErrorCode.OUTPUT_NOT_FOUND, "report file not found", null));
  }

  private void retick(ReportSchedule schedule) {
    if (schedule.enabled()) {
      Cron cron = Cron.of(schedule.cron(), schedule.timeZone());
      jobs.scheduleTick(schedule.id(), cron.next(clock.instant()));
    } else {
      jobs.cancelTick(schedule.id());
    }
  }

  private ReportSchedule.Details details(ReportSchedule schedule) {
    return new ReportSchedule.Details(
        schedule, schedule.enabled() ? jobs.nextTick(schedule.id()) : Optional.empty());
  }

  private ReportRun withOutputs(ReportRun run) {
    return new ReportRun(
        run.id(),
        run.scheduleId(),
        run.orgId(),
        run.trigger(),
        run.tick(),
        run.period(),
        run.status(),
        run.attempts(),
        run.startedAt(),
        run.finishedAt(),
        run.durationMs(),
        run.sizeBytes(),
        run.error(),
        run.deliveries(),
        store.outputFiles(run.id()),
        run.createdAt());
  }

  private void requireOrg(Actor actor, String orgId, boolean write) {
    if (write) {
      actor.requireWrite(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
    } else {
      actor.requireRead(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
    }
    if (organizations.findById(orgId).isEmpty()) {
      throw new TenancyException(TenancyErrorCode.ORG_NOT_FOUND, "organization not found");
    }
  }

  private ReportSchedule find(String orgId, String scheduleId) {
    return store
        .find(scheduleId)
        .filter(s -> s.orgId().equals(orgId))
        .orElseThrow(
            () ->
                new AnalyticsException(
                    AnalyticsErrorCode.SCHEDULE_NOT_FOUND, "report schedule not found", null));
  }

  private ReportRun findRun(String orgId, String runId) {
    return store
        .findRun(runId)
        .filter(r -> r.orgId().equals(orgId))
        .orElseThrow(
            () ->
                new AnalyticsException(
                    AnalyticsErrorCode.RUN_NOT_FOUND, "report run not found", null));
  }
}
