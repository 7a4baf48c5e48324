package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analytics and learning routes ({@code /v1/analytics…}, {@code /v1/learning…}); the key needs
 * {@code analytics:read} (or {@code analytics:write} to record). Answers are the API's JSON.
 */
public final class Analytics {
  private final Transport transport;

  Analytics(Transport transport) {
    this.transport = transport;
  }

  /** Metrics of a domain ({@code all}, {@code memory}, {@code retrieval} or yours). */
  public JsonNode metrics(String domain, Integer days) {
    return get("/v1/analytics/metrics/" + Calls.seg(domain), window(days));
  }

  public JsonNode dashboard(String domain, Integer days) {
    Map<String, Object> q = window(days);
    q.put("domain", domain);
    return get("/v1/analytics/dashboard", q);
  }

  public JsonNode insights(String domain, Integer days) {
    Map<String, Object> q = window(days);
    q.put("domain", domain);
    return get("/v1/analytics/insights", q);
  }

  public JsonNode realtime(String domain) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("domain", domain);
    return get("/v1/analytics/realtime", q);
  }

  /** A typed query: {@code metrics}, {@code group_by}, {@code filters} and a window. */
  public JsonNode query(Map<String, ?> query) {
    return transport.send(PlatformCalls.postTree("/v1/analytics/query", query, true));
  }

  /** Records learning events (all or none); returns the API's answer with their ids. */
  public JsonNode recordLearningEvents(List<Map<String, ?>> events) {
    return transport.send(PlatformCalls.postTree("/v1/learning/events", events, false));
  }

  /** Feedback on a memory or result: {@code verdict}, {@code rating} or {@code correct}. */
  public JsonNode recordFeedback(Map<String, ?> feedback) {
    return transport.send(PlatformCalls.postTree("/v1/learning/feedback", feedback, false));
  }

  public JsonNode learningHistory(Map<String, ?> query) {
    return transport.send(PlatformCalls.postTree("/v1/learning/history", query, true));
  }

  public JsonNode learningPatterns(String domain, Integer days) {
    return get("/v1/learning/patterns/" + Calls.seg(domain), window(days));
  }

  public JsonNode learningTrends(String domain, String metric, Integer days) {
    Map<String, Object> q = window(days);
    q.put("metric", metric);
    return get("/v1/learning/trends/" + Calls.seg(domain), q);
  }

  public JsonNode learningRecommendations(String domain, Integer days) {
    return get("/v1/learning/recommendations/" + Calls.seg(domain), window(days));
  }

  private JsonNode get(String path, Map<String, ?> query) {
    return transport.send(PlatformCalls.getTree(path, query));
  }

  private static Map<String, Object> window(Integer days) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("days", days);
    return q;
  }
}
