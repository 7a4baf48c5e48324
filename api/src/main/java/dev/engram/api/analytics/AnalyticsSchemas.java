package dev.engram.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the analytics answers, for the OpenAPI document only: the controllers answer JSON
 * maps built by the analytics module, whose keys these records name (docs/learning-analytics.md
 * describes each figure). Groups of figures whose names follow the metrics ({@code learning},
 * {@code memory}, …) stay maps of numbers.
 */
final class AnalyticsSchemas {
  private AnalyticsSchemas() {}

  @Schema(description = "A period of one metric")
  record TrendPoint(
      @Schema(description = "start of the bucket (ISO-8601 date or time)") String start,
      @Nullable Double value,
      @Nullable Double movingAverage) {}

  @Schema(description = "The next buckets foreseen, with the method and its back-tested error")
  record Forecast(String method, List<Double> next, @Nullable Double backtestMae) {}

  @Schema(description = "A metric over time: points, the last two periods and their change")
  record Trend(
      String metric,
      @Nullable String formula,
      @Nullable String bucket,
      List<TrendPoint> points,
      @Nullable Double current,
      @Nullable Double previous,
      @Nullable Double change,
      @Nullable Forecast forecast) {}

  @Schema(description = "An anomaly or an opportunity found in the metrics")
  record Insight(
      @Schema(description = "anomaly or opportunity") String type,
      String metric,
      String domain,
      @Nullable String since,
      @Nullable Double value,
      @Nullable Double expected,
      @Nullable Double robustZ,
      @Nullable String direction,
      double score,
      String message,
      @Nullable String appId,
      @Nullable String appName) {}

  @Schema(description = "The insights of a period")
  record Insights(
      String domain, String from, String to, double threshold, List<Insight> insights) {}

  @Schema(description = "Search figures of a period")
  record Retrieval(
      long searches,
      @Nullable Double hitRate,
      @Nullable Double searchP50Ms,
      @Nullable Double searchP95Ms) {}

  @Schema(description = "The metrics of a domain (or all) over a period")
  record Metrics(
      String domain,
      String from,
      String to,
      int days,
      @Schema(description = "events, feedback, accuracy, mean confidence and rating, learning rate")
          Map<String, Object> learning,
      @Schema(description = "facts learned and corrected, contradiction rate, …")
          Map<String, Object> memory,
      Retrieval retrieval,
      @Schema(description = "active users, users, memories, memories per user")
          Map<String, Object> users) {}

  @Schema(description = "Frequent combinations of event attributes")
  record Patterns(String domain, double minSupport, List<Map<String, Object>> patterns) {}

  @Schema(description = "What to do next, from the metrics and insights")
  record Recommendations(String domain, List<Map<String, Object>> recommendations) {}

  @Schema(description = "This hour's activity")
  record Realtime(
      String at,
      String hour,
      long eventsThisHour,
      long eventsPreviousHour,
      double eventsPerSecond,
      Map<String, Long> bySource,
      long activeAgentsToday) {}

  @Schema(description = "Today's figures by group")
  record Today(
      Map<String, Double> aiPerformance,
      Map<String, Double> memory,
      Map<String, Double> retrieval,
      Map<String, Double> businessImpact) {}

  @Schema(description = "An agent or a domain ranked by its events")
  record Performer(
      long events,
      long feedback,
      @Nullable Double accuracy,
      @Nullable Double meanRating,
      @Nullable String agentId,
      @Nullable String domain) {}

  @Schema(description = "The best agents and domains of the period")
  record TopPerformers(List<Performer> agents, List<Performer> domains) {}

  @Schema(description = "A metric's daily points")
  record DailyTrend(String metric, List<TrendPoint> points) {}

  @Schema(description = "The dashboard: realtime, today, trends, insights, top performers")
  record Dashboard(
      String domain,
      Realtime realtime,
      Today today,
      List<DailyTrend> trends,
      List<Insight> insights,
      TopPerformers topPerformers) {}

  @Schema(description = "The rows of an analytics query, one per group")
  record QueryResult(List<String> metrics, List<String> groupBy, List<Map<String, Object>> rows) {}

  @Schema(description = "A page of learning or memory events, as recorded")
  record HistoryPage(
      @Schema(description = "learning or memory") String source,
      String from,
      String to,
      List<Map<String, Object>> events,
      @Nullable Integer nextOffset) {}

  @Schema(description = "The domains an app has events in")
  record Domains(List<String> domains) {}

  @Schema(description = "This hour's activity of the app and its open tool sessions")
  record CurrentMetrics(
      String at,
      String hour,
      long eventsThisHour,
      long eventsPreviousHour,
      double eventsPerSecond,
      Map<String, Long> bySource,
      long activeAgentsToday,
      long activeSessions) {}

  @Schema(description = "Events per hour and source")
  record HourPoint(String hour, Map<String, Long> events) {}

  @Schema(description = "Events per hour over the last hours")
  record MetricsHistory(int hours, List<HourPoint> points) {}

  @Schema(description = "Totals over the last hours")
  record Aggregates(int hours, long events, double eventsPerHour, Map<String, Long> byKind) {}

  @Schema(description = "One tool's figures over the last hours")
  record ToolMetrics(
      String toolId,
      int hours,
      long learningEvents,
      long feedback,
      @Nullable Double accuracy,
      @Nullable Double meanConfidence,
      @Nullable Double meanRating,
      Map<String, Long> memoryEvents,
      long searches,
      long searchHits,
      long activeSessions) {}

  @Schema(description = "Several tools side by side")
  record Comparison(
      int hours, @Schema(description = "by tool id") Map<String, ToolMetrics> tools) {}

  @Schema(description = "What a tool session did")
  record Activity(
      long learningEvents,
      @Schema(description = "learning events with a correct/incorrect verdict") long feedback,
      @Schema(description = "share of those marked correct; null without feedback") @Nullable
          Double accuracy,
      @Nullable Double meanConfidence,
      @Nullable Double meanRating,
      @Schema(description = "memory events by change type") Map<String, Long> memoryEvents) {}

  @Schema(description = "A tool session (seed 000)")
  record ToolSession(
      String sessionId,
      String toolId,
      @Nullable String userId,
      Map<String, Object> metadata,
      @Schema(description = "active or ended") String status,
      String startedAt,
      @Nullable String endedAt,
      double durationS,
      Activity activity) {}

  @Schema(description = "The open tool sessions")
  record ActiveSessions(List<ToolSession> sessions) {}

  @Schema(description = "A tool's configuration and its version")
  record ToolConfig(
      String toolId, Map<String, Object> config, int version, @Nullable String updatedAt) {}

  @Schema(description = "Start a tool session")
  record StartSession(
      String toolId, @Nullable String userId, @Nullable Map<String, Object> metadata) {}

  @Schema(description = "A tool's new configuration")
  record PutConfig(Map<String, Object> config) {}

  @Schema(description = "An analytics query: metrics grouped and filtered over a period")
  record Query(
      List<String> metrics,
      @Nullable List<String> groupBy,
      @Nullable Map<String, List<String>> filters,
      @Nullable Integer days,
      @Nullable String from,
      @Nullable String to,
      @Nullable String bucket) {}

  @Schema(description = "Which events to page through")
  record HistoryQuery(
      @Nullable @Schema(description = "learning (default) or memory") String source,
      @Nullable List<String> eventTypes,
      @Nullable List<String> domains,
      @Nullable List<String> agents,
      @Nullable List<String> users,
      @Nullable Integer days,
      @Nullable String from,
      @Nullable String to,
      @Nullable Integer limit,
      @Nullable Integer offset) {}

  @Schema(description = "An organization's analytics across its apps")
  record OrgAnalytics(
      String orgId,
      String name,
      String from,
      String to,
      int days,
      Map<String, Double> totals,
      Map<String, Double> change,
      List<Map<String, Object>> apps,
      List<Map<String, Object>> daily,
      List<Insight> insights) {}

  @Schema(description = "A report: its period, the period before, and its sections")
  record Report(
      @Schema(description = "performance, learning, business or executive") String type,
      String title,
      String scope,
      String domain,
      String from,
      String to,
      int days,
      String previousFrom,
      String previousTo,
      @Schema(
              description =
                  "by section: heading, figures (label, value, previous, change, unit), tables,"
                      + " charts and notes")
          Map<String, Object> sections) {}

  @Schema(description = "What the model produced")
  record EventOutput(@Nullable Object prediction, @Nullable Double confidence) {}

  @Schema(description = "How the output was judged")
  record EventFeedback(
      @Nullable Integer rating,
      @Nullable Boolean correct,
      @Nullable String comment,
      @Nullable Object correctedOutput) {}

  @Schema(description = "What the event changed")
  record EventImpact(
      @Nullable Boolean modelUpdated,
      @Nullable Double performanceChange,
      @Nullable List<String> affectedModels) {}

  @Schema(
      description =
          "A learning event (seed 002): snake_case or seed 002's camelCase; up to"
              + " engram.analytics.max-batch per request as an array or {\"events\": […]}")
  record LearningEventBody(
      @Schema(description = "training, feedback, correction, adaptation or a custom type")
          String eventType,
      @Nullable String domain,
      @Nullable String serviceId,
      @Nullable String agentId,
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable Integer importance,
      @Nullable @Schema(description = "ISO-8601; default now") String timestamp,
      @Nullable String memoryId,
      @Nullable Map<String, Object> metadata,
      @Nullable Map<String, Object> input,
      @Nullable EventOutput output,
      @Nullable EventFeedback feedback,
      @Nullable EventImpact impact) {}

  @Schema(description = "Feedback on a memory or a search result (a verdict and/or a rating)")
  record FeedbackBody(
      @Nullable @Schema(description = "useful, not_useful or wrong") String verdict,
      @Nullable @Schema(description = "1 to 5") Integer rating,
      @Nullable Boolean correct,
      @Nullable String memoryId,
      @Nullable String searchId,
      @Nullable String query,
      @Nullable String comment,
      @Nullable String domain,
      @Nullable String userId,
      @Nullable String agentId,
      @Nullable String sessionId,
      @Nullable String timestamp) {}

  @Schema(
      description =
          "One exported row: a learning event (id, event_type, … and the event as sent) or, with"
              + " source=memory, a memory event (event_id, change, …)")
  record ExportedEvent(
      @Nullable String id,
      @Nullable String eventType,
      @Nullable String eventId,
      @Nullable String change,
      @Nullable String domain,
      @Nullable String serviceId,
      @Nullable String agentId,
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String memoryId,
      @Nullable String category,
      @Nullable String engine,
      @Nullable String actor,
      @Nullable String occurredAt,
      @Nullable String at,
      @Nullable Map<String, Object> event) {}
}
