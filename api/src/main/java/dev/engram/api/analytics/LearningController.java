package dev.engram.api.analytics;

import dev.engram.analytics.tools.ToolService;
import dev.engram.api.analytics.AnalyticsReads.Params;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/** Seed 002's learning history: recording learning events and feedback. */
@ApiKeyOperations
@Controller("/v1/learning")
@Tag(name = "Learning history")
final class LearningController {
  private final LearningRecorder recorder;
  private final ToolService tools;
  private final AnalyticsReads reads;

  LearningController(LearningRecorder recorder, AnalyticsReads reads, ToolService tools) {
    this.recorder = recorder;
    this.reads = reads;
    this.tools = tools;
  }

  /** What was recorded. */
  @Serdeable
  record Recorded(int recorded, List<String> ids) {}

  /**
   * Records one learning event (an object), or a batch (a JSON array or {@code {"events": [...]}},
   * up to {@code engram.analytics.max-batch}); all or none. Keys in snake_case or seed 002's
   * camelCase. With {@code X-Engram-Tool}, events that name no {@code agent_id} are the tool's.
   */
  @Operation(operationId = "recordLearningEvents")
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
  Recorded events(
      @Parameter(hidden = true) AppScope scope,
      @Body String body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    List<String> ids =
        recorder.recordEvents(scope.appId(), body, tools.attribution(scope.appId(), tool));
    return new Recorded(ids.size(), ids);
  }

  /** A page of the raw history (newest first): learning events, or memory events. */
  @Operation(operationId = "queryLearningHistory")
  @Post("/history")
  @Consumes(MediaType.APPLICATION_JSON)
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "A page of events, newest first",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.HistoryPage.class)))
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.HistoryQuery.class)))
  Map<String, Object> history(
      @Parameter(hidden = true) AppScope scope, @Nullable @Body String body) {
    return reads.history(scope.appId(), body);
  }

  /** Recurring combinations above the support threshold. */
  @Operation(operationId = "getLearningPatterns")
  @Get("/patterns/{domain}")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "Frequent combinations",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Patterns.class)))
  Map<String, Object> patterns(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String domain,
      @Nullable @QueryValue("min_support") Double minSupport,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.patterns(scope.appId(), domain, minSupport, new Params(from, to, days));
  }

  /** Learning metrics of the domain. */
  @Operation(operationId = "getLearningMetrics")
  @Get("/metrics/{domain}")
  @Secured("analytics:read")
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

  /** A metric over time: buckets, moving average, change, forecast. */
  @Operation(operationId = "getLearningTrends")
  @Get("/trends/{domain}")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "The metric over time, with its forecast",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Trend.class)))
  Map<String, Object> trends(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String domain,
      @Nullable @QueryValue String metric,
      @Nullable @QueryValue String bucket,
      @Nullable @QueryValue("moving_average") Integer movingAverage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.trend(
        scope.appId(), domain, metric, bucket, movingAverage, new Params(from, to, days));
  }

  /** Recommendations with the evidence they rest on. */
  @Operation(operationId = "getLearningRecommendations")
  @Get("/recommendations/{domain}")
  @Secured("analytics:read")
  @ApiResponse(
      responseCode = "200",
      description = "What to do next",
      content = @Content(schema = @Schema(implementation = AnalyticsSchemas.Recommendations.class)))
  Map<String, Object> recommendations(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String domain,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    return reads.recommendations(scope.appId(), domain, new Params(from, to, days));
  }

  /**
   * Feedback on a memory, a search result or an agent's output: {@code verdict} useful / not_useful
   * / wrong, or {@code rating} 1–5, or {@code correct}; optionally {@code memory_id}, {@code
   * query}, {@code domain} (default {@code retrieval}).
   */
  @Operation(operationId = "recordLearningFeedback")
  @Post("/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Status(HttpStatus.CREATED)
  @Secured({"analytics:write", "memories:write"})
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AnalyticsSchemas.FeedbackBody.class)))
  Recorded feedback(
      @Parameter(hidden = true) AppScope scope,
      @Body String body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    String id =
        recorder.recordFeedback(scope.appId(), body, tools.attribution(scope.appId(), tool));
    return new Recorded(1, List.of(id));
  }
}
