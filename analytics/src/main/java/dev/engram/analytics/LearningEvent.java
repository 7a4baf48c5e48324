package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A learning event of seed 002, validated: what an agent reports about its own learning (training,
 * feedback, correction, adaptation or a custom type), or feedback on memories and search results.
 *
 * @param id the event id ({@code lev_…})
 * @param eventType {@code training}, {@code feedback}, {@code correction}, {@code adaptation} or a
 *     custom type
 * @param domain the domain it is about, e.g. {@code legal_analysis}
 * @param serviceId the reporting service
 * @param agentId the agent (or model) that learned
 * @param userId the end user, when the event concerns one
 * @param sessionId the session it happened in
 * @param importance 1–10
 * @param confidence the output's confidence, 0–1
 * @param rating the feedback's rating, 1–5
 * @param correct whether the output was marked correct
 * @param modelUpdated whether a model was updated
 * @param performanceChange the change in performance the event caused
 * @param affectedModels models affected
 * @param memoryId the memory the feedback is about
 * @param payload the whole event as sent, keys in snake_case
 * @param occurredAt when it happened
 */
public record LearningEvent(
    String id,
    String eventType,
    String domain,
    @Nullable String serviceId,
    @Nullable String agentId,
    @Nullable String userId,
    @Nullable String sessionId,
    @Nullable Integer importance,
    @Nullable Double confidence,
    @Nullable Integer rating,
    @Nullable Boolean correct,
    @Nullable Boolean modelUpdated,
    @Nullable Double performanceChange,
    List<String> affectedModels,
    @Nullable String memoryId,
    Map<String, Object> payload,
    Instant occurredAt) {
  public LearningEvent {
    requireNonNull(id, "id is null");
    requireNonNull(eventType, "eventType is null");
    requireNonNull(domain, "domain is null");
    affectedModels = List.copyOf(requireNonNull(affectedModels, "affectedModels is null"));
    requireNonNull(payload, "payload is null");
    requireNonNull(occurredAt, "occurredAt is null");
  }

  /**
   * This event attributed to a tool ({@code X-Engram-Tool}) when it names no agent itself; an event
   * with an {@code agent_id} keeps it.
   */
  public LearningEvent attributedTo(@Nullable String tool) {
    if (tool == null || agentId != null) {
      return this;
    }
    return new LearningEvent(
        id,
        eventType,
        domain,
        serviceId,
        tool,
        userId,
        sessionId,
        importance,
        confidence,
        rating,
        correct,
        modelUpdated,
        performanceChange,
        affectedModels,
        memoryId,
        payload,
        occurredAt);
  }

  /** Whether the event carries feedback (a rating or a correct/incorrect mark). */
  public boolean hasFeedback() {
    return rating != null || correct != null;
  }
}
