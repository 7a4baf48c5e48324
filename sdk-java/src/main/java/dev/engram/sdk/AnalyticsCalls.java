package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analytics and learning calls, shared by {@link Analytics} and {@link AnalyticsAsync}. */
final class AnalyticsCalls {
  private AnalyticsCalls() {}

  static ApiCall<JsonNode> metrics(String domain, Integer days) {
    return get("/v1/analytics/metrics/" + Calls.seg(domain), window(days));
  }

  static ApiCall<JsonNode> dashboard(String domain, Integer days) {
    Map<String, Object> q = window(days);
    q.put("domain", domain);
    return get("/v1/analytics/dashboard", q);
  }

  static ApiCall<JsonNode> insights(String domain, Integer days) {
    Map<String, Object> q = window(days);
    q.put("domain", domain);
    return get("/v1/analytics/insights", q);
  }

  static ApiCall<JsonNode> realtime(String domain) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("domain", domain);
    return get("/v1/analytics/realtime", q);
  }

  static ApiCall<JsonNode> query(Map<String, ?> query) {
    return PlatformCalls.postTree("/v1/analytics/query", query, true);
  }

  static ApiCall<JsonNode> recordLearningEvents(List<Map<String, ?>> events) {
    return PlatformCalls.postTree("/v1/learning/events", events, false);
  }

  static ApiCall<JsonNode> recordFeedback(Map<String, ?> feedback) {
    return PlatformCalls.postTree("/v1/learning/feedback", feedback, false);
  }

  static ApiCall<JsonNode> learningHistory(Map<String, ?> query) {
    return PlatformCalls.postTree("/v1/learning/history", query, true);
  }

  static ApiCall<JsonNode> learningPatterns(String domain, Integer days) {
    return get("/v1/learning/patterns/" + Calls.seg(domain), window(days));
  }

  static ApiCall<JsonNode> learningTrends(String domain, String metric, Integer days) {
    Map<String, Object> q = window(days);
    q.put("metric", metric);
    return get("/v1/learning/trends/" + Calls.seg(domain), q);
  }

  static ApiCall<JsonNode> learningRecommendations(String domain, Integer days) {
    return get("/v1/learning/recommendations/" + Calls.seg(domain), window(days));
  }

  static ApiCall<JsonNode> learningMetrics(String domain, Integer days) {
    return get("/v1/learning/metrics/" + Calls.seg(domain), window(days));
  }

  static ApiCall<JsonNode> recordAnalyticsEvents(List<Map<String, ?>> events) {
    return PlatformCalls.postTree("/v1/analytics/events", events, false);
  }

  static ApiCall<String> exportAnalytics(String format, String source, Integer days) {
    Map<String, Object> q = window(days);
    q.put("format", format);
    q.put("source", source);
    return Calls.get("/v1/analytics/export", PlatformCalls.params(q), Readers.text());
  }

  static ApiCall<JsonNode> report(String type, String domain, Integer days) {
    return get(reportPath(type, domain), window(days));
  }

  static ApiCall<byte[]> reportFile(String type, String domain, String format, Integer days) {
    Map<String, Object> q = window(days);
    q.put("format", java.util.Objects.requireNonNull(format, "format is null"));
    return Calls.get(reportPath(type, domain), PlatformCalls.params(q), ApiCall.Response::body);
  }

  private static String reportPath(String type, String domain) {
    return "/v1/analytics/reports/" + Calls.seg(type) + "/" + Calls.seg(domain);
  }

  private static ApiCall<JsonNode> get(String path, Map<String, ?> query) {
    return PlatformCalls.getTree(path, query);
  }

  private static Map<String, Object> window(Integer days) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("days", days);
    return q;
  }
}
