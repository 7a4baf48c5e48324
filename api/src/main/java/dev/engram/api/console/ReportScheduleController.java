package dev.engram.api.console;

import dev.engram.analytics.schedule.ReportSchedules;
import dev.engram.analytics.schedule.ReportSource;
import dev.engram.api.console.ReportScheduleViews.RunView;
import dev.engram.api.console.ReportScheduleViews.ScheduleBody;
import dev.engram.api.console.ReportScheduleViews.ScheduleView;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Scheduled report exports of an organization (README § Report schedules): schedules, "run now",
 * runs with their delivery outcomes, and the files of past runs.
 */
@ConsoleOperations
@Controller("/admin/v1/orgs/{orgId}")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: report schedules")
final class ReportScheduleController {
  private final ReportSchedules schedules;

  ReportScheduleController(ReportSchedules schedules) {
    this.schedules = schedules;
  }

  @Operation(operationId = "listReportSchedules")
  @Get("/report-schedules")
  List<ScheduleView> list(@Parameter(hidden = true) Actor actor, String orgId) {
    return schedules.list(actor, orgId).stream().map(ScheduleView::of).toList();
  }

  @Operation(operationId = "createReportSchedule")
  @Post("/report-schedules")
  @Status(HttpStatus.CREATED)
  ScheduleView create(
      @Parameter(hidden = true) Actor actor, String orgId, @Body ScheduleBody body) {
    return ScheduleView.of(schedules.create(actor, orgId, body.draft()));
  }

  @Operation(operationId = "getReportSchedule")
  @Get("/report-schedules/{scheduleId}")
  ScheduleView get(@Parameter(hidden = true) Actor actor, String orgId, String scheduleId) {
    return ScheduleView.of(schedules.get(actor, orgId, scheduleId));
  }

  @Operation(operationId = "updateReportSchedule")
  @Patch("/report-schedules/{scheduleId}")
  ScheduleView update(
      @Parameter(hidden = true) Actor actor,
      String orgId,
      String scheduleId,
      @Body ScheduleBody body) {
    return ScheduleView.of(schedules.update(actor, orgId, scheduleId, body.draft()));
  }

  @Operation(operationId = "deleteReportSchedule")
  @Delete("/report-schedules/{scheduleId}")
  @ApiResponse(responseCode = "204", description = "Deleted, with its runs and files")
  HttpResponse<Void> delete(
      @Parameter(hidden = true) Actor actor, String orgId, String scheduleId) {
    schedules.delete(actor, orgId, scheduleId);
    return HttpResponse.noContent();
  }

  /** Queues a run at once (period ending today); 202 with the run to poll. */
  @Operation(operationId = "runReportSchedule")
  @Post("/report-schedules/{scheduleId}/run")
  @Status(HttpStatus.ACCEPTED)
  RunView runNow(@Parameter(hidden = true) Actor actor, String orgId, String scheduleId) {
    return RunView.of(schedules.runNow(actor, orgId, scheduleId));
  }

  /** The schedule's runs, newest first ({@code limit} 1–200, default 20). */
  @Operation(operationId = "listReportRuns")
  @Get("/report-schedules/{scheduleId}/runs")
  List<RunView> runs(
      @Parameter(hidden = true) Actor actor,
      String orgId,
      String scheduleId,
      @Nullable @QueryValue Integer limit) {
    return schedules.runs(actor, orgId, scheduleId, limit == null ? 20 : limit).stream()
        .map(RunView::of)
        .toList();
  }

  @Operation(operationId = "getReportRun")
  @Get("/report-runs/{runId}")
  RunView run(@Parameter(hidden = true) Actor actor, String orgId, String runId) {
    return RunView.of(schedules.run(actor, orgId, runId));
  }

  /** A file of a past run, as an attachment with its content type. */
  @Operation(operationId = "getReportRunFile")
  @Get(value = "/report-runs/{runId}/files/{fileName}", produces = MediaType.ALL)
  HttpResponse<byte[]> file(
      @Parameter(hidden = true) Actor actor, String orgId, String runId, String fileName) {
    ReportSource.Output file = schedules.output(actor, orgId, runId, fileName);
    return HttpResponse.ok(file.body())
        .contentType(file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff");
  }
}
