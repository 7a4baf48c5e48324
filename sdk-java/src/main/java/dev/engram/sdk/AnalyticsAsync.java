package dev.engram.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link Analytics}' calls as {@code CompletableFuture}s ({@code engram.async().analytics()}). */
public final class AnalyticsAsync {
  private final Transport transport;

  AnalyticsAsync(Transport transport) {
    this.transport = transport;
  }

  /** Metrics of a domain ({@code all}, {@code memory}, {@code retrieval} or yours). */
  public CompletableFuture<JsonNode> metrics(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.metrics(domain, days));
  }

  public CompletableFuture<JsonNode> dashboard(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.dashboard(domain, days));
  }

  public CompletableFuture<JsonNode> insights(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.insights(domain, days));
  }

  public CompletableFuture<JsonNode> realtime(String domain) {
    return transport.sendAsync(AnalyticsCalls.realtime(domain));
  }

  /** A typed query: {@code metrics}, {@code group_by}, {@code filters} and a window. */
  public CompletableFuture<JsonNode> query(Map<String, ?> query) {
    return transport.sendAsync(AnalyticsCalls.query(query));
  }

  /** Records learning events (all or none); the API's answer with their ids. */
  public CompletableFuture<JsonNode> recordLearningEvents(List<Map<String, ?>> events) {
    return transport.sendAsync(AnalyticsCalls.recordLearningEvents(events));
  }

  /** Feedback on a memory or result: {@code verdict}, {@code rating} or {@code correct}. */
  public CompletableFuture<JsonNode> recordFeedback(Map<String, ?> feedback) {
    return transport.sendAsync(AnalyticsCalls.recordFeedback(feedback));
  }

  public CompletableFuture<JsonNode> learningHistory(Map<String, ?> query) {
    return transport.sendAsync(AnalyticsCalls.learningHistory(query));
  }

  public CompletableFuture<JsonNode> learningPatterns(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.learningPatterns(domain, days));
  }

  public CompletableFuture<JsonNode> learningTrends(String domain, String metric, Integer days) {
    return transport.sendAsync(AnalyticsCalls.learningTrends(domain, metric, days));
  }

  public CompletableFuture<JsonNode> learningRecommendations(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.learningRecommendations(domain, days));
  }

  /** Learning metrics of a domain over the last {@code days} (null: the default window). */
  public CompletableFuture<JsonNode> learningMetrics(String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.learningMetrics(domain, days));
  }

  /**
   * Records custom analytics events ({@code event_type}, {@code domain}, …; all or none); the API's
   * answer with their ids.
   */
  public CompletableFuture<JsonNode> recordAnalyticsEvents(List<Map<String, ?>> events) {
    return transport.sendAsync(AnalyticsCalls.recordAnalyticsEvents(events));
  }

  /**
   * The raw history as text: {@code format} ndjson (null: the default), json or csv; {@code source}
   * learning (null) or memory.
   */
  public CompletableFuture<String> export(String format, String source, Integer days) {
    return transport.sendAsync(AnalyticsCalls.exportAnalytics(format, source, days));
  }

  /** A report as JSON: {@code type} performance, learning, business or executive. */
  public CompletableFuture<JsonNode> report(String type, String domain, Integer days) {
    return transport.sendAsync(AnalyticsCalls.report(type, domain, days));
  }

  /** A report as a file's bytes: {@code format} csv, html or pdf. */
  public CompletableFuture<byte[]> reportFile(
      String type, String domain, String format, Integer days) {
    return transport.sendAsync(AnalyticsCalls.reportFile(type, domain, format, days));
  }
}
