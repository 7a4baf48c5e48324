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
}
