package dev.engram.api.analytics;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.tools.LiveMetrics;
import dev.engram.analytics.tools.ToolService;
import dev.engram.api.input.StrictJson;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Seed 000's metrics service: live metrics, tool sessions and tool configuration. */
@ApiKeyOperations
@Controller("/v1")
@Tag(name = "Metrics and tools")
final class ToolController {
  private final ToolService tools;
  private final LiveMetrics live;
  private final JsonMapper json;

  ToolController(ToolService tools, LiveMetrics live, JsonMapper json) {
    this.tools = tools;
    this.live = live;
    this.json = json;
  }

  @Operation(operationId = "getCurrentMetrics")
  @Get("/metrics/current")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "This hour's activity and the open tool sessions",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.CurrentMetrics.class)))
  Map<String, Object> current(@Parameter(hidden = true) AppScope scope) {
    return live.current(scope.appId());
  }

  @Operation(operationId = "getMetricHistory")
  @Get("/metrics/history")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "Events per hour and source, oldest first",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.MetricsHistory.class)))
  Map<String, Object> history(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue Integer hours) {
    return live.history(scope.appId(), hours == null ? 24 : hours);
  }

  @Operation(operationId = "getMetricAggregates")
  @Get("/metrics/aggregates")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "Totals over the hours",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Aggregates.class)))
  Map<String, Object> aggregates(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue Integer hours) {
    return live.aggregates(scope.appId(), hours == null ? 24 : hours);
  }

  @Operation(operationId = "getToolMetrics")
  @Get("/metrics/tool/{toolId}")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The tool's figures",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolMetrics.class)))
  Map<String, Object> tool(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String toolId,
      @Nullable @QueryValue Integer hours) {
    return tools.toolMetrics(scope.appId(), toolId, hours == null ? 24 : hours);
  }

  @Operation(operationId = "compareMetrics")
  @Get("/metrics/compare")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The tools side by side",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Comparison.class)))
  Map<String, Object> compare(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue("tool_ids") List<String> toolIds,
      @Nullable @QueryValue Integer hours) {
    return live.compare(
        scope.appId(), toolIds == null ? List.of() : toolIds, hours == null ? 24 : hours);
  }

  @Operation(operationId = "startToolSession")
  @Post("/tool-sessions/start")
  @Consumes(MediaType.APPLICATION_JSON)
  @Status(HttpStatus.CREATED)
  @Secured({"analytics:write", "memories:write"})
  @ApiResponse(
      responseCode = "201",
      description = "The session, started",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolSession.class)))
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.StartSession.class)))
  Map<String, Object> start(@Parameter(hidden = true) AppScope scope, @Body String body) {
    return tools.start(scope.appId(), parse(body));
  }

  @Operation(operationId = "endToolSession")
  @Post("/tool-sessions/{sessionId}/end")
  @Secured({"analytics:write", "memories:write"})
  @ApiResponse(
      responseCode = "200",
      description = "The session, ended",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolSession.class)))
  Map<String, Object> end(
      @Parameter(hidden = true) AppScope scope, @PathVariable String sessionId) {
    return tools.end(scope.appId(), sessionId);
  }

  @Operation(operationId = "listActiveToolSessions")
  @Get("/tool-sessions/active")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The open tool sessions, newest first",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ActiveSessions.class)))
  Map<String, Object> active(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue("tool_id") String toolId) {
    return Map.of("sessions", tools.active(scope.appId(), toolId));
  }

  @Operation(operationId = "getToolSession")
  @Get("/tool-sessions/{sessionId}")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The session and its activity",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolSession.class)))
  Map<String, Object> session(
      @Parameter(hidden = true) AppScope scope, @PathVariable String sessionId) {
    return tools.session(scope.appId(), sessionId);
  }

  @Operation(operationId = "getToolConfig")
  @Get("/tools/{toolId}/config")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The tool's configuration",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolConfig.class)))
  Map<String, Object> config(
      @Parameter(hidden = true) AppScope scope, @PathVariable String toolId) {
    return tools.config(scope.appId(), toolId);
  }

  @Operation(operationId = "setToolConfig")
  @Put("/tools/{toolId}/config")
  @Consumes(MediaType.APPLICATION_JSON)
  @Secured({"analytics:write", "memories:write"})
  @ApiResponse(
      responseCode = "200",
      description = "The configuration stored, with its new version",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.ToolConfig.class)))
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.PutConfig.class)))
  Map<String, Object> putConfig(
      @Parameter(hidden = true) AppScope scope, @PathVariable String toolId, @Body String body) {
    return tools.putConfig(scope.appId(), toolId, parse(body));
  }

  /**
   * The body as plain maps and lists, after the strict checks every other body gets (one JSON
   * value: trailing text was ignored before; no NUL or unpaired surrogate).
   */
  private Object parse(String body) {
    String text = body == null ? "" : body;
    StrictJson.check(text);
    try {
      return json.readValue(text, Argument.OBJECT_ARGUMENT);
    } catch (IOException e) {
      throw new AnalyticsException(
          AnalyticsErrorCode.INVALID_JSON, "the body is not valid JSON", null);
    }
  }
}
