package dev.engram.api.realtime;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.task.Task;
import dev.engram.tenancy.event.EventPublisher;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the platform announces to the realtime gateway: memory writes and decisions, task
 * completions, learning events and insights, as {@link PlatformEvent}s on the one {@link
 * EventPublisher}. Publishing never fails the caller: an error is logged.
 */
@Singleton
public final class RealtimeEvents {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeEvents.class);
  private static final int MAX_CONTENT = 2000;

  private final EventPublisher publisher;
  private final jakarta.inject.Provider<InsightAnnouncer> insights;

  RealtimeEvents(EventPublisher publisher, jakarta.inject.Provider<InsightAnnouncer> insights) {
    this.publisher = publisher;
    this.insights = insights;
  }

  /** Learning events of the app were recorded: new insights may have appeared. */
  public void learningRecorded(String appId) {
    insights.get().recorded(appId);
  }

  /** A memory event ({@code memory.add}, {@code memory.update}, {@code memory.reinforce}, …). */
  public void memory(String appId, MemoryEvent event, @Nullable Memory memory) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("memory_id", event.memoryId());
    ids.put("user_id", event.userId());
    ids.put("event_id", event.id());
    if (!event.relatedIds().isEmpty()) {
      ids.put("related_id", event.relatedIds().get(0));
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("action", event.type().name().toLowerCase(Locale.ROOT));
    payload.put("actor", event.actor());
    if (event.reason() != null) {
      payload.put("reason", event.reason());
    }
    if (event.details().get("engine") instanceof String engine) {
      payload.put("engine", engine);
    }
    payload.put("related_ids", event.relatedIds());
    if (memory != null) {
      if (memory.agentId() != null) {
        ids.put("agent_id", memory.agentId());
      }
      if (memory.sessionId() != null) {
        ids.put("session_id", memory.sessionId());
      }
      String content = memory.content();
      payload.put(
          "content", content.length() > MAX_CONTENT ? content.substring(0, MAX_CONTENT) : content);
      payload.put("status", memory.status().name().toLowerCase(Locale.ROOT));
      if (memory.category() != null) {
        payload.put("category", memory.category());
      }
    }
    publish(
        appId,
        Topics.MEMORY,
        "memory." + event.type().name().toLowerCase(Locale.ROOT),
        ids,
        payload,
        event.at());
  }

  /** A background task that finished ({@code task.succeeded} or {@code task.failed}). */
  public void task(Task task, Instant at) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("kind", task.kind());
    payload.put("status", task.status().value());
    payload.put("added", task.counts().added());
    payload.put("updated", task.counts().updated());
    payload.put("reinforced", task.counts().reinforced());
    payload.put("deleted", task.counts().deleted());
    payload.put("skipped", task.counts().skipped());
    payload.put("errors", task.errors().size());
    publish(
        task.appId(),
        Topics.TASKS,
        "task." + task.status().value(),
        Map.of("task_id", task.id()),
        payload,
        at);
  }

  /** A recorded learning event or feedback ({@code learning.<event_type>}). */
  public void learning(
      String appId,
      String eventId,
      String eventType,
      Map<String, String> ids,
      Map<String, Object> payload,
      Instant at) {
    Map<String, String> all = new LinkedHashMap<>(ids);
    all.put("event_id", eventId);
    publish(appId, Topics.LEARNING, "learning." + eventType, all, payload, at);
  }

  /** An analytics insight that appeared ({@code insight.<kind>}). */
  public void insight(String appId, String kind, Map<String, Object> insight, Instant at) {
    publish(appId, Topics.INSIGHTS, "insight." + kind, Map.of(), insight, at);
  }

  private void publish(
      String appId,
      String topic,
      String type,
      Map<String, String> ids,
      Map<String, Object> payload,
      Instant at) {
    try {
      publisher.publish(PlatformEvent.of(appId, topic, type, ids, payload, at));
    } catch (RuntimeException e) {
      LOG.warn("a realtime event was not published ({} {}): {}", topic, type, e.getMessage());
    }
  }
}
