package dev.engram.api.analytics;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.LearningEvent;
import dev.engram.analytics.LearningEventParser;
import dev.engram.analytics.LearningHistory;
import dev.engram.api.input.StrictJson;
import dev.engram.api.realtime.RealtimeEvents;
import dev.engram.memory.search.FeedbackRule;
import dev.engram.memory.store.MemoryStore;
import dev.engram.tenancy.event.PlatformEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records what tenant code reports: learning events and feedback. Feedback naming a memory must
 * name one of the caller's app (404 otherwise, like every other cross-app reference), and moves
 * that memory's feedback balance by {@link FeedbackRule}, which search turns into a bounded boost.
 */
@Singleton
public final class LearningRecorder {
  private final JsonMapper json;
  private final LearningEventParser parser;
  private final LearningHistory history;
  private final MemoryStore memories;
  private final RealtimeEvents realtime;
  private final Clock clock;

  LearningRecorder(
      JsonMapper json,
      LearningEventParser parser,
      LearningHistory history,
      MemoryStore memories,
      RealtimeEvents realtime,
      Clock clock) {
    this.json = json;
    this.parser = parser;
    this.history = history;
    this.memories = memories;
    this.realtime = realtime;
    this.clock = clock;
  }

  /**
   * Records learning events; those naming no {@code agent_id} are attributed to {@code tool} (the
   * request's checked {@code X-Engram-Tool}, or null).
   */
  List<String> recordEvents(String appId, String body, @Nullable String tool) {
    List<LearningEvent> events =
        parser.parseEvents(parse(body)).stream().map(e -> e.attributedTo(tool)).toList();
    for (int i = 0; i < events.size(); i++) {
      checkMemory(
          appId, events.get(i), events.size() == 1 ? "memory_id" : "events[" + i + "].memory_id");
    }
    return record(appId, events);
  }

  public String recordFeedback(String appId, String body) {
    return recordFeedback(appId, body, null);
  }

  /** Records feedback; without an {@code agent_id} it is attributed to {@code tool} (or none). */
  public String recordFeedback(String appId, String body, @Nullable String tool) {
    LearningEvent event = parser.parseFeedback(parse(body)).attributedTo(tool);
    checkMemory(appId, event, "memory_id");
    String id = record(appId, List.of(event)).get(0);
    if (event.memoryId() != null) {
      Object verdict = event.payload().get("verdict");
      int delta =
          FeedbackRule.delta(
              verdict instanceof String v ? v.toLowerCase(java.util.Locale.ROOT) : null,
              event.correct(),
              event.rating());
      if (delta != 0) {
        memories.recordFeedback(appId, event.memoryId(), delta);
      }
    }
    return id;
  }

  /**
   * Records the events and tells live subscribers (topic {@code learning}): their outbox rows are
   * written in the transaction that records them, so they exist exactly when the events do; they
   * are published once it committed.
   */
  private List<String> record(String appId, List<LearningEvent> events) {
    List<PlatformEvent> announced = new ArrayList<>(events.size());
    for (LearningEvent e : events) {
      Map<String, String> refs = new LinkedHashMap<>();
      refs.put("user_id", e.userId());
      refs.put("agent_id", e.agentId());
      refs.put("session_id", e.sessionId());
      refs.put("service_id", e.serviceId());
      refs.put("memory_id", e.memoryId());
      refs.values().removeIf(Objects::isNull);
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("event_type", e.eventType());
      payload.put("domain", e.domain());
      payload.put("importance", e.importance());
      payload.put("confidence", e.confidence());
      payload.put("rating", e.rating());
      payload.put("correct", e.correct());
      payload.values().removeIf(Objects::isNull);
      announced.add(
          realtime.learningEvent(appId, e.id(), e.eventType(), refs, payload, clock.instant()));
    }
    List<String> ids = history.record(appId, events, c -> realtime.writeLearning(c, announced));
    realtime.sendLearning(announced);
    realtime.learningRecorded(appId);
    return ids;
  }

  private void checkMemory(String appId, LearningEvent event, String field) {
    if (event.memoryId() != null
        && memories.find(appId, event.memoryId(), clock.instant()).isEmpty()) {
      throw new AnalyticsException(
          AnalyticsErrorCode.MEMORY_NOT_FOUND, field + ": no such memory in this app", field);
    }
  }

  private Object parse(String body) {
    if (body == null || body.isBlank()) {
      throw AnalyticsException.missing("body");
    }
    StrictJson.check(body);
    try {
      return json.readValue(body, Argument.OBJECT_ARGUMENT);
    } catch (IOException e) {
      throw new AnalyticsException(
          AnalyticsErrorCode.INVALID_JSON, "the body is not valid JSON", null);
    }
  }
}
