package dev.engram.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.event.PlatformEvent;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of seed 002's sync protocol: {@code identify} first, then {@code
 * subscribe}/{@code unsubscribe}, {@code ack}, {@code publish}, {@code direct} and {@code ping};
 * the server sends {@code sync} frames (batches of queued events with the service's sequence
 * numbers), {@code overflow}, {@code heartbeat} and {@code error}. Once identified, a virtual
 * thread of its own delivers the service's queue: in order, from the last acknowledged sequence,
 * sent again with backoff until acknowledged.
 */
final class SyncSocket implements WsListener, Connection {
  private static final Logger LOG = LoggerFactory.getLogger(SyncSocket.class);

  private final Hub hub;
  private final Credentials credentials;
  private AppScope scope;
  private WsSession session;
  private final StringBuilder fragments = new StringBuilder();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile String serviceId;
  private final Set<String> topics = new LinkedHashSet<>();
  private final Semaphore signal = new Semaphore(0);
  private final java.util.Queue<ObjectNode> replies =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong newlyDropped = new AtomicLong();
  private volatile boolean ackedMoved;

  SyncSocket(Hub hub, Credentials credentials) {
    this.hub = hub;
    this.credentials = credentials;
  }

  @Override
  public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers)
      throws WsUpgradeException {
    Credentials.Result result =
        credentials.resolve(headers, prologue.query().first("ticket").asOptional());
    if (result.scope().isEmpty()) {
      throw new WsUpgradeException(
          result.refusal().map(Credentials.Refusal::code).orElse("refused"));
    }
    AppScope resolved = result.scope().get();
    if (Hub.isOrgWide(resolved)) {
      // sync queues belong to one app's services; the org admin's view is the SSE stream
      throw new WsUpgradeException("org_wide_ticket");
    }
    if (!hub.reserve(resolved.keyId())) {
      throw new WsUpgradeException("too_many_connections");
    }
    this.scope = resolved;
    return Optional.empty();
  }

  @Override
  public void onOpen(WsSession session) {
    this.session = session;
    hub.opened(this);
    ObjectNode ready = frame("ready");
    ready.put("app_id", scope.appId());
    ready.put("heartbeat_seconds", hub.config.heartbeat().toSeconds());
    ready.put("max_frame_bytes", hub.config.maxFrameBytes());
    send(ready);
  }

  @Override
  public void onMessage(WsSession session, String text, boolean last) {
    if (closed.get()) {
      return;
    }
    if (fragments.length() + text.length() > hub.config.maxFrameBytes()) {
      fragments.setLength(0);
      reject(
          CloseCodes.TOO_BIG,
          "frame_too_large",
          "frames are at most " + hub.config.maxFrameBytes() + " bytes",
          null);
      return;
    }
    fragments.append(text);
    if (!last) {
      return;
    }
    String whole = fragments.toString();
    fragments.setLength(0);
    if (whole.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        > hub.config.maxFrameBytes()) {
      reject(
          CloseCodes.TOO_BIG,
          "frame_too_large",
          "frames are at most " + hub.config.maxFrameBytes() + " bytes",
          null);
      return;
    }
    try {
      handle(whole);
    } catch (RuntimeException e) {
      LOG.warn("realtime frame failed: {}", e.getMessage(), e);
      error("internal_error", "the frame could not be handled", null);
    }
  }

  @Override
  public void onMessage(WsSession session, BufferData buffer, boolean last) {
    reject(CloseCodes.UNSUPPORTED_DATA, "binary_not_supported", "frames are JSON text", null);
  }

  @Override
  public void onClose(WsSession session, int status, String reason) {
    shutdown();
  }

  @Override
  public void onError(WsSession session, Throwable t) {
    LOG.debug("realtime websocket error: {}", t.getMessage());
    shutdown();
  }

  private void handle(String text) {
    JsonNode node;
    try {
      node = Json.read(text);
    } catch (JsonProcessingException e) {
      reject(CloseCodes.INVALID_JSON, "invalid_json", "the frame is not valid JSON", null);
      return;
    }
    if (!node.isObject() || !node.path("type").isTextual()) {
      reject(
          CloseCodes.INVALID_JSON,
          "invalid_frame",
          "a frame is a JSON object with a string 'type'",
          "type");
      return;
    }
    String type = node.get("type").asText();
    if (serviceId == null && !type.equals("identify") && !type.equals("ping")) {
      if (isKnown(type)) {
        reject(CloseCodes.NOT_IDENTIFIED, "not_identified", "send identify first", null);
      } else {
        reject(
            CloseCodes.UNKNOWN_TYPE,
            "unknown_type",
            "unknown frame type '" + clip(type) + "'",
            "type");
      }
      return;
    }
    switch (type) {
      case "identify" -> identify(node);
      case "subscribe" -> subscribe(node, true);
      case "unsubscribe" -> subscribe(node, false);
      case "ack" -> ack(node);
      case "publish" -> publish(node);
      case "direct" -> direct(node);
      case "ping" -> send(frame("pong"));
      default ->
          reject(
              CloseCodes.UNKNOWN_TYPE,
              "unknown_type",
              "unknown frame type '" + clip(type) + "'",
              "type");
    }
  }

  private static boolean isKnown(String type) {
    return switch (type) {
      case "subscribe", "unsubscribe", "ack", "publish", "direct" -> true;
      default -> false;
    };
  }

  private void identify(JsonNode node) {
    if (serviceId != null) {
      error(
          "already_identified",
          "this connection is identified as '" + serviceId + "'",
          "service_id");
      return;
    }
    JsonNode id = node.has("service_id") ? node.get("service_id") : node.get("serviceId");
    if (id == null || !id.isTextual() || !TopicRules.validServiceId(id.asText())) {
      error("invalid_field", "service_id: 1-64 of A-Z a-z 0-9 . _ -", "service_id");
      return;
    }
    Set<String> capabilities = new LinkedHashSet<>();
    JsonNode caps = node.get("capabilities");
    if (caps != null && caps.isArray()) {
      caps.forEach(
          c -> {
            if (c.isTextual() && capabilities.size() < 20) {
              capabilities.add(clip(c.asText()));
            }
          });
    }
    String service = id.asText();
    SyncQueue.Registration registration =
        hub.queue.identify(scope.appId(), service, capabilities, hub.clock.instant());
    synchronized (topics) {
      for (String topic : registration.topics()) {
        if (TopicRules.checkSubscribe(topic, scope).isEmpty()) {
          topics.add(topic);
          hub.metrics.subscribed(topic, 1);
        }
      }
    }
    acked.set(registration.ackedSeq());
    serviceId = service;
    hub.identified(this, service);
    ObjectNode reply = frame("identified");
    reply.put("service_id", service);
    reply.put("app_id", scope.appId());
    reply.put("acked_seq", registration.ackedSeq());
    reply.put("next_seq", registration.nextSeq());
    reply.put("dropped", registration.dropped());
    reply.set("topics", Json.MAPPER.valueToTree(currentTopics()));
    send(reply);
    Thread.ofVirtual().name("engram-realtime-" + service).start(this::pump);
  }

  private void subscribe(JsonNode node, boolean add) {
    JsonNode list = node.get("topics");
    if (list == null && node.path("topic").isTextual()) {
      list = Json.MAPPER.createArrayNode().add(node.get("topic").asText());
    }
    if (list == null || !list.isArray() || list.isEmpty()) {
      error("invalid_field", "topics: a non-empty list of topic names", "topics");
      return;
    }
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      if (!t.isTextual()) {
        error("invalid_field", "topics[" + i + "]: must be a string", "topics[" + i + "]");
        return;
      }
      Optional<String> bad = add ? TopicRules.checkSubscribe(t.asText(), scope) : Optional.empty();
      if (bad.isPresent()) {
        error(
            bad.get().startsWith("needs") || bad.get().startsWith("'*'")
                ? "forbidden_topic"
                : "invalid_field",
            "topics[" + i + "]: " + bad.get(),
            "topics[" + i + "]");
        return;
      }
      asked.add(t.asText());
    }
    List<String> now;
    synchronized (topics) {
      for (String t : asked) {
        if (add && topics.size() >= TopicRules.MAX_TOPICS && !topics.contains(t)) {
          error(
              "too_many_topics",
              "at most " + TopicRules.MAX_TOPICS + " topics per service",
              "topics");
          return;
        }
        boolean changed = add ? topics.add(t) : topics.remove(t);
        if (changed) {
          hub.metrics.subscribed(t, add ? 1 : -1);
        }
      }
      now = new ArrayList<>(topics);
    }
    hub.queue.setTopics(scope.appId(), serviceId, new LinkedHashSet<>(now));
    ObjectNode reply = frame(add ? "subscribed" : "unsubscribed");
    reply.set("topics", Json.MAPPER.valueToTree(now));
    send(reply);
  }

  private void ack(JsonNode node) {
    JsonNode seq = node.get("seq");
    if (seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber() || seq.asLong() < 0) {
      error("invalid_field", "seq: the sequence number of the last event handled", "seq");
      return;
    }
    long value = seq.asLong();
    if (value <= acked.get()) {
      return;
    }
    hub.queue.ack(scope.appId(), serviceId, value, hub.clock.instant());
    acked.accumulateAndGet(value, Math::max);
    ackedMoved = true;
    signal.release();
  }

  private void publish(JsonNode node) {
    JsonNode topic = node.get("topic");
    if (topic == null || !topic.isTextual()) {
      error("invalid_field", "topic: a custom:<name> topic", "topic");
      return;
    }
    Optional<String> bad = TopicRules.checkPublish(topic.asText(), scope);
    if (bad.isPresent()) {
      error("forbidden_topic", "topic: " + bad.get(), "topic");
      return;
    }
    String eventType =
        node.path("event").isTextual() ? clip(node.get("event").asText()) : "message";
    PlatformEvent event =
        PlatformEvent.of(
            scope.appId(),
            topic.asText(),
            eventType,
            Map.of("from_service", serviceId),
            payload(node),
            hub.clock.instant());
    ObjectNode reply = frame("published");
    reply.put("id", event.id());
    hub.publishConfirmed(event, () -> reply(reply), reason -> unconfirmed(event, reason));
  }

  private void direct(JsonNode node) {
    JsonNode to = node.get("to");
    if (to == null || !to.isTextual() || !TopicRules.validServiceId(to.asText())) {
      error("invalid_field", "to: the service_id of another service of this app", "to");
      return;
    }
    if (!hub.queue.exists(scope.appId(), to.asText())) {
      error("unknown_service", "no service '" + to.asText() + "' has identified in this app", "to");
      return;
    }
    PlatformEvent event =
        PlatformEvent.of(
            scope.appId(),
            TopicRules.DIRECT,
            "direct",
            Map.of("from_service", serviceId, "to_service", to.asText()),
            payload(node),
            hub.clock.instant());
    ObjectNode reply = frame("sent");
    reply.put("id", event.id());
    hub.publishConfirmed(event, () -> reply(reply), reason -> unconfirmed(event, reason));
  }

  private static Map<String, Object> payload(JsonNode node) {
    JsonNode payload = node.get("payload");
    if (payload == null || payload.isNull()) {
      return Map.of();
    }
    if (payload.isObject()) {
      return Json.toMap(payload);
    }
    return Map.of("value", Json.MAPPER.convertValue(payload, Object.class));
  }

  /**
   * A confirmation ({@code published}, {@code sent}) from the dispatcher: sent by this connection's
   * own delivery loop, so a slow client never holds up the dispatcher.
   */
  private void reply(ObjectNode frame) {
    replies.add(frame);
    signal.release();
  }

  private void unconfirmed(PlatformEvent event, String reason) {
    hub.metrics.rejected("publish_failed");
    ObjectNode error = frame("error");
    error.put("code", "publish_failed");
    error.put(
        "message", "event " + event.id() + " was not published: " + reason + "; send it again");
    error.put("id", event.id());
    reply(error);
  }

  /** Called by the hub when events were queued for this service. */
  void wake(long dropped) {
    if (dropped > 0) {
      newlyDropped.addAndGet(dropped);
    }
    signal.release();
  }

  private void pump() {
    long sent = acked.get();
    long backoff = hub.config.retryInitial().toMillis();
    long lastSend = System.nanoTime();
    while (!closed.get()) {
      try {
        for (ObjectNode reply = replies.poll(); reply != null; reply = replies.poll()) {
          send(reply);
        }
        if (ackedMoved) {
          ackedMoved = false;
          backoff = hub.config.retryInitial().toMillis();
          sent = Math.max(sent, acked.get());
        }
        List<SyncQueue.Queued> batch =
            hub.queue.pending(scope.appId(), serviceId, sent, hub.config.batchMax());
        if (!batch.isEmpty()) {
          sendSync(batch);
          sent = batch.getLast().seq();
          lastSend = System.nanoTime();
          continue;
        }
        long dropped = newlyDropped.getAndSet(0);
        if (dropped > 0) {
          ObjectNode overflow = frame("overflow");
          overflow.put("dropped", dropped);
          overflow.put("queue_limit", hub.config.queueLimit());
          send(overflow);
        }
        long waitMs;
        boolean outstanding = acked.get() < sent;
        if (outstanding) {
          long dueMs = backoff - (System.nanoTime() - lastSend) / 1_000_000;
          if (dueMs <= 0) {
            sent = acked.get();
            backoff = Math.min(backoff * 2, hub.config.retryMax().toMillis());
            hub.metrics.retried();
            continue;
          }
          waitMs = dueMs;
        } else {
          waitMs = hub.config.heartbeat().toMillis();
        }
        boolean woken = signal.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
        signal.drainPermits();
        if (!woken && !outstanding && !closed.get()) {
          ObjectNode beat = frame("heartbeat");
          beat.put("at", hub.clock.instant().toString());
          send(beat);
          hub.queue.touch(scope.appId(), serviceId, hub.clock.instant());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (closed.get()) {
          return;
        }
        LOG.warn("realtime delivery to {} failed: {}", serviceId, e.getMessage());
        try {
          signal.tryAcquire(backoff, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void sendSync(List<SyncQueue.Queued> batch) {
    ObjectNode sync = frame("sync");
    sync.put("service_id", serviceId);
    ArrayNode events = sync.putArray("events");
    Instant now = hub.clock.instant();
    for (SyncQueue.Queued queued : batch) {
      try {
        ObjectNode event = (ObjectNode) Json.read(queued.body());
        event.put("seq", queued.seq());
        events.add(event);
        hub.metrics.delivered(
            Duration.between(Instant.parse(event.path("at").asText()), now), "websocket");
      } catch (JsonProcessingException e) {
        LOG.warn("skipped an unreadable queued event {}", queued.eventId());
      }
    }
    sync.put("from_seq", batch.getFirst().seq());
    sync.put("to_seq", batch.getLast().seq());
    send(sync);
  }

  private void reject(int closeCode, String code, String message, String field) {
    hub.metrics.rejected(code);
    close(closeCode, code, message, field);
  }

  private void error(String code, String message, String field) {
    hub.metrics.rejected(code);
    ObjectNode error = frame("error");
    error.put("code", code);
    error.put("message", message);
    if (field != null) {
      error.put("field", field);
    }
    send(error);
  }

  @Override
  public void close(int code, String errorCode, String message) {
    close(code, errorCode, message, null);
  }

  private void close(int code, String errorCode, String message, String field) {
    if (closed.get()) {
      return;
    }
    ObjectNode error = frame("error");
    error.put("code", errorCode);
    error.put("message", message);
    if (field != null) {
      error.put("field", field);
    }
    error.put("close_code", code);
    send(error);
    shutdown();
    synchronized (this) {
      try {
        if (session != null) {
          session.close(code, errorCode);
        }
      } catch (RuntimeException e) {
        LOG.debug("close failed: {}", e.getMessage());
      }
    }
  }

  private void shutdown() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    signal.release();
    hub.closed(this);
    if (scope != null) {
      hub.release(scope.keyId());
    }
    synchronized (topics) {
      topics.forEach(t -> hub.metrics.subscribed(t, -1));
    }
  }

  private synchronized void send(ObjectNode frame) {
    if (session == null) {
      return;
    }
    try {
      session.send(frame.toString(), true);
    } catch (RuntimeException e) {
      LOG.debug("realtime send failed: {}", e.getMessage());
      shutdown();
    }
  }

  private static ObjectNode frame(String type) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", type);
    return node;
  }

  private List<String> currentTopics() {
    synchronized (topics) {
      return new ArrayList<>(topics);
    }
  }

  private static String clip(String s) {
    return s.length() > 64 ? s.substring(0, 64) : s;
  }

  @Override
  public AppScope scope() {
    return scope;
  }

  String appId() {
    return scope.appId();
  }

  Optional<String> serviceId() {
    return Optional.ofNullable(serviceId);
  }
}
