package dev.engram.sdk.model;

import java.util.Map;
import java.util.Optional;

/**
 * One tool's figures over the last {@code hours} ({@code GET /v1/metrics/tool/{tool_id}}).
 *
 * @param learningEvents learning events recorded as the tool's
 * @param feedback feedback events among them
 * @param accuracy the share of feedback marked correct (empty without feedback)
 * @param memoryEvents memory events by change type ({@code ADD}, {@code UPDATE}, …) of memories
 *     whose agent is the tool
 * @param searches searches attributed to the tool ({@code X-Engram-Tool}), counted by whole UTC
 *     days
 * @param searchHits those that found something
 * @param activeSessions the tool's open sessions
 */
public record ToolMetrics(
    String toolId,
    int hours,
    long learningEvents,
    long feedback,
    Optional<Double> accuracy,
    Optional<Double> meanConfidence,
    Optional<Double> meanRating,
    Map<String, Long> memoryEvents,
    long searches,
    long searchHits,
    long activeSessions) {
  public ToolMetrics {
    accuracy = Norm.opt(accuracy);
    meanConfidence = Norm.opt(meanConfidence);
    meanRating = Norm.opt(meanRating);
    memoryEvents = Norm.map(memoryEvents);
  }
}
