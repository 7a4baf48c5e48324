package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's switchboard: the connections of this instance by app, key and service; the
 * dispatcher that takes events off the bus, queues them durably for the app's services and wakes
 * the connections that deliver them; and the control messages that close connections.
 */
final class Hub {
  private static final Logger LOG = LoggerFactory.getLogger(Hub.class);
  private static final int INBOX = 100_000;
  private static final int DRAIN = 1000;
  private static final long STOP_WAIT_MS = 5000;
  private static final long CONFIRM_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  final RealtimeConfig config;
  final SyncQueue queue;
  final Outbox outbox;
  final EventBus bus;
  final Authenticator auth;
  final RealtimeMetrics metrics;
  final Clock clock;

  private final BlockingQueue<PlatformEvent> inbox = new ArrayBlockingQueue<>(INBOX);
  private final Map<String, Set<SyncSocket>> sockets = new ConcurrentHashMap<>();
  private final Map<String, SyncSocket> services = new ConcurrentHashMap<>();
  private final Map<String, Set<SseStream>> streams = new ConcurrentHashMap<>();
  private final Map<String, Set<SseStream>> orgStreams = new ConcurrentHashMap<>();
  private final Map<String, String> orgOfApp = new ConcurrentHashMap<>();
  private final Set<Connection> metricStreams = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();
  private final Map<String, ArrayDeque<PlatformEvent>> recent = new ConcurrentHashMap<>();
  private final Map<String, Confirmation> confirmations = new ConcurrentHashMap<>();
  private volatile boolean running = true;
  private final Thread dispatcher;

  /**
   * What a publisher of this gateway is told once its event is queued for every service subscribed
   * to it ({@code done}), or that it could not be ({@code failed}, with the reason).
   */
  record Confirmation(Runnable done, java.util.function.Consumer<String> failed, long since) {}

  Hub(
      RealtimeConfig config,
      SyncQueue queue,
      Outbox outbox,
      EventBus bus,
      Authenticator auth,
      RealtimeMetrics metrics,
      Clock clock) {
    this.config = config;
    this.queue = queue;
    this.outbox = outbox;
    this.bus = bus;
    this.auth = auth;
    this.metrics = metrics;
    this.clock = clock;
    this.dispatcher = Thread.ofVirtual().name("engram-realtime-dispatch").start(this::dispatch);
  }

  /** Called by the bus on the publisher's thread: only hands the event over. */
  void offer(PlatformEvent event) {
    if (!inbox.offer(event)) {
      metrics.dropped("dispatch_overflow", 1);
      fail(List.of(event), "the gateway is overloaded (dispatch queue full)");
    }
  }

  /**
   * Publishes an event of a connected service and confirms it only once it is durably queued for
   * the services subscribed to it: {@code done} runs after the transaction that queued it has
   * committed (on whichever instance's dispatcher handled it here), {@code failed} when queuing
   * failed, the bus refused it, or no confirmation came within 30 s. So an event a publisher was
   * told about survives a crash of the gateway ({@code kill -9}); one it was not told about may
   * not, and the publisher sends it again.
   */
  void publishConfirmed(
      PlatformEvent event, Runnable done, java.util.function.Consumer<String> failed) {
    confirmations.put(event.id(), new Confirmation(done, failed, System.nanoTime()));
    try {
      bus.publish(event);
    } catch (RuntimeException e) {
      fail(List.of(event), "the event bus refused it: " + e.getMessage());
    }
  }

  private void confirm(List<PlatformEvent> batch) {
    if (confirmations.isEmpty()) {
      return;
    }
    for (PlatformEvent event : batch) {
      Confirmation c = confirmations.remove(event.id());
      if (c != null) {
        c.done().run();
      }
    }
  }

  private void fail(List<PlatformEvent> batch, String reason) {
    if (confirmations.isEmpty()) {
      return;
    }
    for (PlatformEvent event : batch) {
      Confirmation c = confirmations.remove(event.id());
      if (c != null) {
        c.failed().accept(reason);
      }
    }
  }

  /** Confirmations that never came (e.g. the event was lost on the way back from Redis). */
  private void expireConfirmations() {
    if (confirmations.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    confirmations.forEach(
        (id, c) -> {
          if (now - c.since() > CONFIRM_TIMEOUT_NANOS && confirmations.remove(id, c)) {
            c.failed().accept("not queued within 30 s");
          }
        });
  }

  /** Events waiting in this gateway's inbox. */
  int backlog() {
    return inbox.size();
  }

  /** Takes a connection slot of the key; false when it holds the most allowed. */
  boolean reserve(String keyId) {
    AtomicInteger count = perKey.computeIfAbsent(keyId, k -> new AtomicInteger());
    if (count.incrementAndGet() > config.maxConnectionsPerKey()) {
      count.decrementAndGet();
      return false;
    }
    return true;
  }

  void release(String keyId) {
    AtomicInteger count = perKey.get(keyId);
    if (count != null) {
      count.decrementAndGet();
    }
  }

  void opened(SyncSocket socket) {
    sockets.computeIfAbsent(socket.appId(), a -> ConcurrentHashMap.newKeySet()).add(socket);
    metrics.wsConnections.incrementAndGet();
  }

  void closed(SyncSocket socket) {
    Set<SyncSocket> set = sockets.get(socket.appId());
    if (set != null && set.remove(socket)) {
      metrics.wsConnections.decrementAndGet();
    }
    socket.serviceId().ifPresent(s -> services.remove(key(socket.appId(), s), socket));
  }

  /** The service is now served by this socket; an earlier socket of it here is closed. */
  void identified(SyncSocket socket, String serviceId) {
    SyncSocket previous = services.put(key(socket.appId(), serviceId), socket);
    if (previous != null && previous != socket) {
      previous.close(
          CloseCodes.REPLACED, "replaced", "the service identified on another connection");
    }
  }

  void opened(SseStream stream) {
    streamsOf(stream).computeIfAbsent(key(stream), a -> ConcurrentHashMap.newKeySet()).add(stream);
    metrics.sseConnections.incrementAndGet();
  }

  void closed(SseStream stream) {
    Set<SseStream> set = streamsOf(stream).get(key(stream));
    if (set != null && set.remove(stream)) {
      metrics.sseConnections.decrementAndGet();
    }
  }

  void openedMetrics(Connection stream) {
    metricStreams.add(stream);
    metrics.sseConnections.incrementAndGet();
  }

  void closedMetrics(Connection stream) {
    if (metricStreams.remove(stream)) {
      metrics.sseConnections.decrementAndGet();
    }
  }

  /** Whether the scope is an org admin's: every app of the organization. */
  static boolean isOrgWide(AppScope scope) {
    return scope.appId().equals(RealtimeGateway.ORG_WIDE);
  }

  private Map<String, Set<SseStream>> streamsOf(SseStream stream) {
    return isOrgWide(stream.scope()) ? orgStreams : streams;
  }

  /** An org-wide stream is filed (and its recent events kept) under its organization. */
  private static String key(SseStream stream) {
    return isOrgWide(stream.scope()) ? orgKey(stream.scope().orgId()) : stream.appId();
  }

  static String orgKey(String orgId) {
    return "org\u0000" + orgId;
  }

  /**
   * Recent events of the app (or, for an org-wide scope, of the organization's apps) after the one
   * with {@code lastEventId} (SSE resumption).
   */
  List<PlatformEvent> after(AppScope scope, String lastEventId) {
    return after(isOrgWide(scope) ? orgKey(scope.orgId()) : scope.appId(), lastEventId);
  }

  private List<PlatformEvent> after(String appId, String lastEventId) {
    ArrayDeque<PlatformEvent> events = recent.get(appId);
    if (events == null) {
      return List.of();
    }
    synchronized (events) {
      List<PlatformEvent> out = new ArrayList<>();
      boolean found = false;
      for (PlatformEvent e : events) {
        if (found) {
          out.add(e);
        } else if (e.id().equals(lastEventId)) {
          found = true;
        }
      }
      return out;
    }
  }

  /** Every open connection of this instance, for the periodic key check. */
  List<Connection> connections() {
    List<Connection> all = new ArrayList<>();
    sockets.values().forEach(all::addAll);
    streams.values().forEach(all::addAll);
    orgStreams.values().forEach(all::addAll);
    all.addAll(metricStreams);
    return all;
  }

  int connectionCount() {
    return metrics.wsConnections.get() + metrics.sseConnections.get();
  }

  private void dispatch() {
    List<PlatformEvent> batch = new ArrayList<>();
    while (running) {
      try {
        PlatformEvent first = inbox.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          expireConfirmations();
          continue;
        }
        batch.add(first);
        inbox.drainTo(batch, DRAIN - 1);
        handle(batch);
        confirm(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("realtime dispatch failed for {} events: {}", batch.size(), e.getMessage(), e);
        fail(batch, "it could not be queued: " + e.getMessage());
      } finally {
        batch.clear();
      }
    }
  }

  private void handle(List<PlatformEvent> batch) {
    Map<String, List<PlatformEvent>> byApp = new LinkedHashMap<>();
    for (PlatformEvent event : batch) {
      if (event.topic().equals(Topics.SYSTEM)) {
        control(event);
      } else {
        byApp.computeIfAbsent(event.appId(), a -> new ArrayList<>()).add(event);
      }
    }
    byApp.forEach(this::deliver);
    forget(batch);
  }

  /**
   * Deletes the outbox rows of the platform's events just queued: they are in their subscribers'
   * durable queues now. A crash before this leaves the rows, and the relay sends them again (a
   * service still holding one unacknowledged keeps one copy; one it acknowledged arrives again
   * under the same id).
   */
  private void forget(List<PlatformEvent> batch) {
    List<String> ids = new ArrayList<>();
    for (PlatformEvent event : batch) {
      if (Outbox.TOPICS.contains(event.topic())) {
        ids.add(event.id());
      }
    }
    try {
      outbox.delete(ids);
    } catch (RuntimeException e) {
      // the events are queued; their rows stay, and the relay sends them again (kept once)
      LOG.warn(
          "the outbox rows of {} queued events were not deleted: {}", ids.size(), e.getMessage());
    }
  }

  private void deliver(String appId, List<PlatformEvent> events) {
    List<PlatformEvent> broadcast = new ArrayList<>();
    for (PlatformEvent event : events) {
      if (!event.topic().equals(TopicRules.DIRECT)) {
        broadcast.add(event);
      }
    }
    remember(appId, broadcast);
    Set<SseStream> listening = new java.util.HashSet<>(streams.getOrDefault(appId, Set.of()));
    if (!orgStreams.isEmpty() && !broadcast.isEmpty()) {
      String org = orgOf(appId);
      if (org != null && orgStreams.containsKey(orgKey(org))) {
        remember(orgKey(org), broadcast);
        listening.addAll(orgStreams.get(orgKey(org)));
      }
    }
    if (!listening.isEmpty()) {
      // serialized once, whatever the number of streams
      List<SseStream.Outgoing> outgoing =
          broadcast.stream().map(e -> new SseStream.Outgoing(e, Json.writeEvent(e))).toList();
      for (SseStream stream : listening) {
        for (SseStream.Outgoing out : outgoing) {
          if (TopicRules.matches(stream.topics(), out.event())) {
            stream.offer(out);
          }
        }
      }
    }
    for (SyncQueue.Subscriber subscriber : queue.subscribers(appId)) {
      List<PlatformEvent> mine = new ArrayList<>();
      for (PlatformEvent event : events) {
        boolean direct =
            event.topic().equals(TopicRules.DIRECT)
                && subscriber.serviceId().equals(event.ids().get("to_service"));
        if (direct || TopicRules.matches(subscriber.topics(), event)) {
          mine.add(event);
        }
      }
      if (mine.isEmpty()) {
        continue;
      }
      long dropped = queue.enqueue(appId, subscriber.serviceId(), mine, clock.instant());
      metrics.dropped("queue_overflow", dropped);
      SyncSocket socket = services.get(key(appId, subscriber.serviceId()));
      if (socket != null) {
        socket.wake(dropped);
      }
    }
  }

  /** The app's organization (asked once per app and kept; apps never change organization). */
  private String orgOf(String appId) {
    String known = orgOfApp.get(appId);
    if (known != null) {
      return known;
    }
    String org = auth.orgOf(appId).orElse(null);
    if (org != null) {
      orgOfApp.put(appId, org);
    }
    return org;
  }

  private void remember(String appId, List<PlatformEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    ArrayDeque<PlatformEvent> buffer = recent.computeIfAbsent(appId, a -> new ArrayDeque<>());
    synchronized (buffer) {
      for (PlatformEvent event : events) {
        buffer.addLast(event);
        if (buffer.size() > config.sseBuffer()) {
          buffer.removeFirst();
        }
      }
    }
  }

  /** A key revoked or an app deleted, on any instance: close what it opened here, at once. */
  private void control(PlatformEvent event) {
    switch (event.type()) {
      case Topics.KEY_REVOKED -> {
        String keyId = event.ids().get("key_id");
        if (keyId != null) {
          for (Connection c : connections()) {
            if (c.scope().keyId().equals(keyId)) {
              c.close(CloseCodes.REVOKED, "api_key_revoked", "the API key was revoked");
            }
          }
        }
      }
      case Topics.APP_DELETED -> {
        String appId = event.appId();
        for (Connection c : connections()) {
          if (c.scope().appId().equals(appId)) {
            c.close(CloseCodes.APP_DELETED, "app_deleted", "the app was deleted");
          }
        }
        recent.remove(appId);
        orgOfApp.remove(appId);
      }
      default -> LOG.debug("ignored control message {}", event.type());
    }
  }

  /**
   * Closes every connection of this instance ({@code going_away}): the first step of a graceful
   * stop, so that no service publishes after the gateway stops listening to the bus.
   */
  void closeConnections() {
    for (Connection c : connections()) {
      c.close(CloseCodes.GOING_AWAY, "going_away", "the gateway is shutting down");
    }
  }

  /**
   * Stops dispatching. Events already taken from the bus are queued first: a memory write was
   * committed for them, so a graceful stop must not lose them; only a crash can, for the events of
   * the platform still in this process's inbox. Events of connected services are confirmed to their
   * publisher only once queued ({@link #publishConfirmed}), so a crash loses none it was told
   * about.
   */
  void stop() {
    running = false;
    try {
      // the dispatcher finishes its batch and sees the flag within its poll timeout
      dispatcher.join(STOP_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dispatcher.interrupt();
    List<PlatformEvent> rest = new ArrayList<>();
    inbox.drainTo(rest);
    if (!rest.isEmpty()) {
      try {
        handle(rest);
        confirm(rest);
      } catch (RuntimeException e) {
        LOG.warn("{} events not queued at shutdown: {}", rest.size(), e.getMessage(), e);
        fail(rest, "it could not be queued: " + e.getMessage());
      }
    }
    for (Connection c : connections()) {
      c.close(CloseCodes.GOING_AWAY, "going_away", "the gateway is shutting down");
    }
  }

  private static String key(String appId, String serviceId) {
    return appId + "\u0000" + serviceId;
  }
}
