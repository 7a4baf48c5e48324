package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
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
    return transport.send(AnalyticsCalls.metrics(domain, days));
  }

  public JsonNode dashboard(String domain, Integer days) {
    return transport.send(AnalyticsCalls.dashboard(domain, days));
  }

  public JsonNode insights(String domain, Integer days) {
    return transport.send(AnalyticsCalls.insights(domain, days));
  }

  public JsonNode realtime(String domain) {
    return transport.send(AnalyticsCalls.realtime(domain));
  }

  /** A typed query: {@code metrics}, {@code group_by}, {@code filters} and a window. */
  public JsonNode query(Map<String, ?> query) {
    return transport.send(AnalyticsCalls.query(query));
  }

  /** Records learning events (all or none); the API's answer with their ids. */
  public JsonNode recordLearningEvents(List<Map<String, ?>> events) {
    return transport.send(AnalyticsCalls.recordLearningEvents(events));
  }

  /** Feedback on a memory or result: {@code verdict}, {@code rating} or {@code correct}. */
  public JsonNode recordFeedback(Map<String, ?> feedback) {
    return transport.send(AnalyticsCalls.recordFeedback(feedback));
  }

  public JsonNode learningHistory(Map<String, ?> query) {
    return transport.send(AnalyticsCalls.learningHistory(query));
  }

  public JsonNode learningPatterns(String domain, Integer days) {
    return transport.send(AnalyticsCalls.learningPatterns(domain, days));
  }

  public JsonNode learningTrends(String domain, String metric, Integer days) {
    return transport.send(AnalyticsCalls.learningTrends(domain, metric, days));
  }

  public JsonNode learningRecommendations(String domain, Integer days) {
    return transport.send(AnalyticsCalls.learningRecommendations(domain, days));
  }

  /** Learning metrics of a domain over the last {@code days} (null: the default window). */
  public JsonNode learningMetrics(String domain, Integer days) {
    return transport.send(AnalyticsCalls.learningMetrics(domain, days));
  }

  /**
   * Records custom analytics events ({@code event_type}, {@code domain}, …; all or none); the API's
   * answer with their ids.
   */
  public JsonNode recordAnalyticsEvents(List<Map<String, ?>> events) {
    return transport.send(AnalyticsCalls.recordAnalyticsEvents(events));
  }

  /**
   * The raw history as text: {@code format} ndjson (null: the default), json or csv; {@code source}
   * learning (null) or memory.
   */
  public String export(String format, String source, Integer days) {
    return transport.send(AnalyticsCalls.exportAnalytics(format, source, days));
  }

  /** A report as JSON: {@code type} performance, learning, business or executive. */
  public JsonNode report(String type, String domain, Integer days) {
    return transport.send(AnalyticsCalls.report(type, domain, days));
  }

  /** A report as a file's bytes: {@code format} csv, html or pdf. */
  public byte[] reportFile(String type, String domain, String format, Integer days) {
    return transport.send(AnalyticsCalls.reportFile(type, domain, format, days));
  }
}
