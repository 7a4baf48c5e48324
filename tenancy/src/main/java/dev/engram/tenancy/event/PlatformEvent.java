package dev.engram.tenancy.event;

import static java.util.Objects.requireNonNull;

import dev.engram.tenancy.Ids;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in an app, for live subscribers: a memory written or decided on, a task
 * finished, a learning event, an insight, or a message a service published. The realtime gateway
 * delivers it to the app's subscribers of {@link #topic()}; nothing of another app ever sees it.
 *
 * @param id unique id ({@code rte_…}); subscribers use it to resume (SSE {@code Last-Event-ID})
 * @param appId the app it belongs to
 * @param topic {@code memory}, {@code tasks}, {@code learning}, {@code insights}, {@code
 *     custom:<name>} or {@link Topics#SYSTEM} for control messages between instances
 * @param type what happened, e.g. {@code memory.add}, {@code task.completed}
 * @param ids the ids involved ({@code memory_id}, {@code user_id}, {@code task_id}, …)
 * @param payload small JSON-ready details (strings, numbers, booleans, lists and maps of them)
 * @param at when it happened
 */
public record PlatformEvent(
    String id,
    String appId,
    String topic,
    String type,
    Map<String, String> ids,
    Map<String, Object> payload,
    Instant at) {
  public PlatformEvent {
    requireNonNull(id, "id is null");
    requireNonNull(appId, "appId is null");
    requireNonNull(topic, "topic is null");
    requireNonNull(type, "type is null");
    ids = Map.copyOf(requireNonNull(ids, "ids is null"));
    payload = Map.copyOf(requireNonNull(payload, "payload is null"));
    requireNonNull(at, "at is null");
  }

  /** A new event with a fresh id. Null values in {@code ids} and {@code payload} are left out. */
  public static PlatformEvent of(
      String appId,
      String topic,
      String type,
      Map<String, String> ids,
      Map<String, Object> payload,
      Instant at) {
    Map<String, String> clean = new java.util.LinkedHashMap<>();
    ids.forEach(
        (k, v) -> {
          if (v != null) {
            clean.put(k, v);
          }
        });
    Map<String, Object> details = new java.util.LinkedHashMap<>();
    payload.forEach(
        (k, v) -> {
          if (v != null) {
            details.put(k, v);
          }
        });
    return new PlatformEvent(Ids.newId("rte"), appId, topic, type, clean, details, at);
  }

  /** The end user the event is about, if any ({@code ids.user_id}). */
  public java.util.Optional<String> userId() {
    return java.util.Optional.ofNullable(ids.get("user_id"));
  }
}
