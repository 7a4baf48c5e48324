package dev.engram.api.realtime;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.Task;
import dev.engram.realtime.Outbox;
import dev.engram.tenancy.event.EventPublisher;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the platform announces to the realtime gateway: memory writes and decisions, task
 * completions, learning events and insights, as {@link PlatformEvent}s on the one {@link
 * EventPublisher}.
 *
 * <p>Each event is first written to the {@link Outbox}: inside the relational transaction that is
 * running on this thread (the memory write's or the task's status change, through {@link
 * Transactions}), so it commits or rolls back with the change; learning events are written in the
 * analytics transaction that records them ({@link #writeLearning}). When no such transaction runs —
 * an insight (computed from the rollups after the fact, no change of its own to join), a memory
 * store without relational transactions (MongoDB) — the row is written in a transaction of its own
 * right after the change committed: a crash between the two loses that one event. It is published
 * on the bus once that transaction has committed; the gateway that queues it deletes its row, and
 * after a crash a gateway's relay sends the row again. Without a gateway to drain the outbox (the
 * gateway disabled here and no Redis to reach one elsewhere) no row is written. A failure to write
 * the row inside the change's transaction fails the change (the same database); otherwise
 * publishing never fails the caller: an error is logged.
 */
@Singleton
public final class RealtimeEvents {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeEvents.class);
  private static final int MAX_CONTENT = 2000;

  /** The key of a transaction's outbox rows, written just before it commits. */
  private static final Object OUTBOX_ROWS = new Object();

  private final EventPublisher publisher;
  private final jakarta.inject.Provider<InsightAnnouncer> insights;
  private final Transactions transactions;
  private final Outbox outbox;
  private final boolean durable;

  RealtimeEvents(
      EventPublisher publisher,
      jakarta.inject.Provider<InsightAnnouncer> insights,
      Transactions transactions,
      Outbox outbox,
      RealtimeConfiguration config) {
    this.publisher = publisher;
    this.insights = insights;
    this.transactions = transactions;
    this.outbox = outbox;
    this.durable = config.enabled() || config.hasRedis();
  }

  /**
   * Whether a relational transaction runs on this thread, so that an event announced now is written
   * in it (else the caller announces after its change committed).
   */
  public boolean inTransaction() {
    return transactions.inTransaction();
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

  /**
   * The event of a learning event or feedback about to be recorded ({@code learning.<event_type>}):
   * its row is written with {@link #writeLearning} in the recording's transaction and it is sent
   * with {@link #sendLearning} once that committed.
   */
  public PlatformEvent learningEvent(
      String appId,
      String eventId,
      String eventType,
      Map<String, String> ids,
      Map<String, Object> payload,
      Instant at) {
    Map<String, String> all = new LinkedHashMap<>(ids);
    all.put("event_id", eventId);
    return PlatformEvent.of(appId, Topics.LEARNING, "learning." + eventType, all, payload, at);
  }

  /**
   * Writes the outbox rows of learning events on the connection of the transaction that records
   * them (the analytics module's own, on the same relational database): a failure fails the
   * recording.
   */
  public void writeLearning(Connection connection, List<PlatformEvent> events) throws SQLException {
    if (durable) {
      Outbox.append(connection, events, Instant.now());
    }
  }

  /** Publishes learning events whose recording (and outbox rows) committed. */
  public void sendLearning(List<PlatformEvent> events) {
    events.forEach(this::send);
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
    PlatformEvent event = PlatformEvent.of(appId, topic, type, ids, payload, at);
    if (durable) {
      if (transactions.inTransaction()) {
        // joins the change's transaction: the rows commit or roll back with it, written together
        // just before the commit (one statement for a batch's events, not one per event)
        transactions
            .beforeCommit(
                OUTBOX_ROWS,
                ArrayList<PlatformEvent>::new,
                (c, events) -> Outbox.append(c, events, Instant.now()))
            .add(event);
      } else {
        try {
          outbox.append(List.of(event), Instant.now());
        } catch (RuntimeException e) {
          LOG.warn(
              "a realtime event was not written to the outbox ({} {}): {}",
              topic,
              type,
              e.getMessage());
        }
      }
    }
    transactions.afterCommit(() -> send(event));
  }

  private void send(PlatformEvent event) {
    try {
      publisher.publish(event);
    } catch (RuntimeException e) {
      LOG.warn(
          "a realtime event was not published ({} {}): {}",
          event.topic(),
          event.type(),
          e.getMessage());
    }
  }
}
