package dev.engram.api.analytics;

import dev.engram.analytics.reports.RenderedReport;
import dev.engram.analytics.tools.ToolService;
import dev.engram.api.analytics.AnalyticsReads.Params;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/** Seed 002's analytics engine: metrics, dashboard, insights, realtime view. */
@ApiKeyOperations
@Controller("/v1/analytics")
@Tag(name = "Analytics")
@Secured("analytics:read")
final class AnalyticsController {
  private final AnalyticsReads reads;
  private final LearningRecorder recorder;
  private final ToolService tools;

  AnalyticsController(AnalyticsReads reads, LearningRecorder recorder, ToolService tools) {
    this.tools = tools;
    this.reads = reads;
    this.recorder = recorder;
  }

  /** Every metric of the domain ({@code all}, {@code memory}, {@code retrieval} or a domain). */
  @Operation(operationId = "getAnalyticsMetrics")
  @Get("/metrics/{domain}")
  @ApiResponse(
      responseCode = "200",
      description = "The metrics of the domain over the period",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Metrics.class)))
  Map<String, Object> metrics(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.metrics(scope.appId(), domain, new Params(from, to, days));
  }

  /** Realtime, today, trends, insights and top performers (seed 002's shape, snake_case). */
  @Operation(operationId = "getAnalyticsDashboard")
  @Get("/dashboard")
  @ApiResponse(
      responseCode = "200",
      description = "The dashboard",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Dashboard.class)))
  Map<String, Object> dashboard(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue Integer days) {
    return reads.dashboard(scope.appId(), domain, days);
  }

  /** Anomalies (robust z-score) and opportunities, strongest first. */
  @Operation(operationId = "getAnalyticsInsights")
  @Get("/insights")
  @ApiResponse(
      responseCode = "200",
      description = "The insights of the period",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Insights.class)))
  Map<String, Object> insights(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.insights(scope.appId(), domain, new Params(from, to, days));
  }

  /**
   * A typed query: {@code metrics} (names of /v1/analytics/metrics), {@code group_by} (day, source,
   * kind, domain, agent, engine), {@code filters} (the same keys, lists of values), and a window
   * ({@code days} or {@code from}/{@code to}). Compiled to parameterized SQL over the rollups.
   */
  @Operation(operationId = "queryAnalytics")
  @Post("/query")
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "200",
      description = "One row per group",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.QueryResult.class)))
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Query.class)))
  Map<String, Object> query(@Parameter(hidden = true) AppScope scope, @Body String body) {
    return reads.query(scope.appId(), body);
  }

  /**
   * Custom events: the body of a learning event with a custom {@code event_type}; those naming no
   * {@code agent_id} are attributed to the {@code X-Engram-Tool} tool, if any.
   */
  @Operation(operationId = "recordAnalyticsEvents")
  @Post("/events")
  @Consumes(MediaType.APPLICATION_JSON)
  @Status(HttpStatus.CREATED)
  @Secured({"analytics:write", "memories:write"})
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AnalyticsSchemas.LearningEventBody.class)))
  LearningController.Recorded events(
      @Parameter(hidden = true) AppScope scope,
      @Body String body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    List<String> ids =
        recorder.recordEvents(scope.appId(), body, tools.attribution(scope.appId(), tool));
    return new LearningController.Recorded(ids.size(), ids);
  }

  /** The raw history (learning or memory events) as csv, json or ndjson, streamed. */
  @Operation(operationId = "exportAnalytics")
  @Get("/export")
  @ApiResponse(
      responseCode = "200",
      description = "The events of the period, streamed as a file in the format asked for",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/json",
            array =
                @ArraySchema(
                    schema = @Schema(implementation = AnalyticsSchemas.ExportedEvent.class)))
      })
  StreamedFile export(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String source,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.export(scope.appId(), format, source, new Params(from, to, days));
  }

  /**
   * A report of the key's app: {@code type} performance, learning, business or executive (the
   * executive report of the app; the organization-wide one is the console's and the schedules'),
   * {@code format} json (default), csv, html or pdf, over {@code period} week, month or custom
   * ({@code from}/{@code to} or {@code days}), compared with the period before.
   */
  @Operation(operationId = "getAnalyticsReport")
  @Get(
      value = "/reports/{type}/{domain}",
      produces = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML, "application/pdf"})
  @ApiResponse(
      responseCode = "200",
      description = "The report in the format asked for",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = AnalyticsSchemas.Report.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  HttpResponse<byte[]> report(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String type,
      @PathVariable String domain,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    RenderedReport report =
        reads.report(scope, type, domain, format, period, new Params(from, to, days));
    boolean inline =
        report.contentType().startsWith("application/json")
            || report.contentType().startsWith("text/html");
    return HttpResponse.ok(report.body())
        .contentType(MediaType.of(report.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (inline ? "inline" : "attachment") + "; filename=\"" + report.fileName() + "\"");
  }

  /** The last hour's activity and current rate. */
  @Operation(operationId = "getRealtimeAnalytics")
  @Get("/realtime")
  @ApiResponse(
      responseCode = "200",
      description = "This hour's activity",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Realtime.class)))
  Map<String, Object> realtime(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue String domain) {
    return reads.realtime(scope.appId(), domain);
  }
}
