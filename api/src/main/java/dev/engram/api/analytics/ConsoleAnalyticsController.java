package dev.engram.api.analytics;

import dev.engram.analytics.metrics.MetricsService;
import dev.engram.analytics.metrics.OrgSummaryService;
import dev.engram.analytics.store.RollupReader;
import dev.engram.analytics.tools.LiveMetrics;
import dev.engram.analytics.tools.ToolService;
import dev.engram.api.analytics.AnalyticsReads.Params;
import dev.engram.api.console.ConsoleRoles;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analytics of {@code /v1/analytics} and {@code /v1/learning} for the web console (JWT): per
 * app through its id, and per organization an executive view across its apps. Every endpoint only
 * reads, so every console role of the organization may call it; another organization's app or
 * organization answers {@code 404}.
 */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: analytics")
final class ConsoleAnalyticsController {
  /** Insights kept in the organization's view, strongest first. */
  static final int ORG_INSIGHTS = 10;

  private final Apps apps;
  private final Organizations organizations;
  private final AnalyticsReads reads;
  private final MetricsService metrics;
  private final OrgSummaryService summaries;
  private final RollupReader rollups;
  private final LiveMetrics live;
  private final ToolService tools;

  ConsoleAnalyticsController(
      Apps apps,
      Organizations organizations,
      AnalyticsReads reads,
      MetricsService metrics,
      OrgSummaryService summaries,
      RollupReader rollups,
      LiveMetrics live,
      ToolService tools) {
    this.apps = apps;
    this.organizations = organizations;
    this.reads = reads;
    this.metrics = metrics;
    this.summaries = summaries;
    this.rollups = rollups;
    this.live = live;
    this.tools = tools;
  }

  /** As {@code GET /v1/analytics/dashboard}: realtime, today, trends, insights, top performers. */
  @Operation(operationId = "getAppAnalyticsDashboard")
  @Get("/apps/{appId}/analytics/dashboard")
  @ApiResponse(
      responseCode = "200",
      description = "The dashboard",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Dashboard.class)))
  Map<String, Object> dashboard(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue Integer days) {
    return reads.dashboard(app(actor, appId), domain, days);
  }

  /** The app's learning domains, most events first (for the console's domain picker). */
  @Operation(operationId = "listAppAnalyticsDomains")
  @Get("/apps/{appId}/analytics/domains")
  @ApiResponse(
      responseCode = "200",
      description = "The domains of the app",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Domains.class)))
  Map<String, Object> domains(@Parameter(hidden = true) Actor actor, String appId) {
    return Map.of("domains", rollups.domains(app(actor, appId)));
  }

  /** As {@code GET /v1/analytics/metrics/{domain}}. */
  @Operation(operationId = "getAppAnalyticsMetrics")
  @Get("/apps/{appId}/analytics/metrics/{domain}")
  @ApiResponse(
      responseCode = "200",
      description = "The metrics of the domain over the period",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Metrics.class)))
  Map<String, Object> metrics(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.metrics(app(actor, appId), domain, new Params(from, to, days));
  }

  /** As {@code GET /v1/learning/trends/{domain}}: buckets, moving average, change, forecast. */
  @Operation(operationId = "getAppAnalyticsTrends")
  @Get("/apps/{appId}/analytics/trends/{domain}")
  @ApiResponse(
      responseCode = "200",
      description = "The metric over time, with its forecast",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Trend.class)))
  Map<String, Object> trends(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String domain,
      @Nullable @QueryValue String metric,
      @Nullable @QueryValue String bucket,
      @Nullable @QueryValue("moving_average") Integer movingAverage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.trend(
        app(actor, appId), domain, metric, bucket, movingAverage, new Params(from, to, days));
  }

  /** As {@code GET /v1/analytics/insights}: anomalies and opportunities, strongest first. */
  @Operation(operationId = "getAppAnalyticsInsights")
  @Get("/apps/{appId}/analytics/insights")
  @ApiResponse(
      responseCode = "200",
      description = "The insights of the period",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Insights.class)))
  Map<String, Object> insights(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.insights(app(actor, appId), domain, new Params(from, to, days));
  }

  /** As {@code GET /v1/learning/patterns/{domain}}. */
  @Operation(operationId = "getAppAnalyticsPatterns")
  @Get("/apps/{appId}/analytics/patterns/{domain}")
  @ApiResponse(
      responseCode = "200",
      description = "Frequent combinations",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Patterns.class)))
  Map<String, Object> patterns(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String domain,
      @Nullable @QueryValue("min_support") Double minSupport,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.patterns(app(actor, appId), domain, minSupport, new Params(from, to, days));
  }

  /** As {@code GET /v1/learning/recommendations/{domain}}. */
  @Operation(operationId = "getAppAnalyticsRecommendations")
  @Get("/apps/{appId}/analytics/recommendations/{domain}")
  @ApiResponse(
      responseCode = "200",
      description = "What to do next",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Recommendations.class)))
  Map<String, Object> recommendations(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.recommendations(app(actor, appId), domain, new Params(from, to, days));
  }

  /**
   * As {@code POST /v1/learning/history}: a page of the learning or memory history, newest first (a
   * query, so viewers may send it too).
   */
  @Operation(operationId = "queryAppAnalyticsHistory")
  @Post("/apps/{appId}/analytics/history")
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "200",
      description = "A page of events, newest first",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.HistoryPage.class)))
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.HistoryQuery.class)))
  Map<String, Object> history(
      @Parameter(hidden = true) Actor actor, String appId, @Nullable @Body String body) {
    return reads.history(app(actor, appId), body);
  }

  /** As {@code GET /v1/metrics/current}: the app's live metrics. */
  @Operation(operationId = "getAppCurrentMetrics")
  @Get("/apps/{appId}/metrics/current")
  @ApiResponse(
      responseCode = "200",
      description = "This hour's activity and the open tool sessions",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.CurrentMetrics.class)))
  Map<String, Object> current(@Parameter(hidden = true) Actor actor, String appId) {
    return live.current(app(actor, appId));
  }

  /** As {@code GET /v1/tool-sessions/active}: the app's open tool sessions, newest first. */
  @Operation(operationId = "listAppActiveToolSessions")
  @Get("/apps/{appId}/tool-sessions/active")
  @ApiResponse(
      responseCode = "200",
      description = "The open tool sessions, newest first",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ActiveSessions.class)))
  Map<String, Object> activeSessions(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue("tool_id") String toolId) {
    return Map.of("sessions", tools.active(app(actor, appId), toolId));
  }

  /** As {@code GET /v1/metrics/compare}: 2 to 10 tools of the app side by side. */
  @Operation(operationId = "compareAppMetrics")
  @Get("/apps/{appId}/metrics/compare")
  @ApiResponse(
      responseCode = "200",
      description = "The tools side by side",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Comparison.class)))
  Map<String, Object> compare(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue("tool_ids") List<String> toolIds,
      @Nullable @QueryValue Integer hours) {
    return live.compare(
        app(actor, appId), toolIds == null ? List.of() : toolIds, hours == null ? 24 : hours);
  }

  /**
   * The organization's executive view over the window ({@code days}, default 30, or {@code
   * from}/{@code to}): totals across its apps, the change against the previous window, one row per
   * app, the daily series across apps and the strongest insights of all apps.
   */
  @Operation(operationId = "getOrgAnalytics")
  @Get("/orgs/{orgId}/analytics")
  @ApiResponse(
      responseCode = "200",
      description = "The organization's analytics",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.OrgAnalytics.class)))
  Map<String, Object> organization(
      @Parameter(hidden = true) Actor actor,
      String orgId,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    var org = organizations.get(actor, orgId);
    Map<String, String> names = new LinkedHashMap<>();
    List<App> list = apps.list(actor, org.id());
    list.forEach(a -> names.put(a.id(), a.name()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("org_id", org.id());
    out.put("name", org.name());
    out.putAll(summaries.summary(names, metrics.window(from, to, days), ORG_INSIGHTS));
    return out;
  }

  /** The app's id once the actor may read it (another organization's app: 404). */
  private String app(Actor actor, String appId) {
    return apps.get(actor, appId).id();
  }
}
