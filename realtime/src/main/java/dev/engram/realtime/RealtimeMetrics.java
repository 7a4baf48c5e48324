package dev.engram.realtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's meters ({@code /prometheus}): connections, subscribers per topic, queue depth,
 * delivery latency, drops, retries and rejected frames.
 */
final class RealtimeMetrics {
  private final MeterRegistry registry;
  final AtomicInteger wsConnections = new AtomicInteger();
  final AtomicInteger sseConnections = new AtomicInteger();
  final AtomicLong queueDepth = new AtomicLong();
  private final ConcurrentHashMap<String, AtomicInteger> subscribers = new ConcurrentHashMap<>();
  private final Timer latency;
  private final Counter retries;

  RealtimeMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("realtime.connections", wsConnections, AtomicInteger::get)
        .tag("kind", "websocket")
        .description("open realtime connections")
        .register(registry);
    Gauge.builder("realtime.connections", sseConnections, AtomicInteger::get)
        .tag("kind", "sse")
        .description("open realtime connections")
        .register(registry);
    Gauge.builder("realtime.queue.depth", queueDepth, AtomicLong::get)
        .description("events waiting for acknowledgement in the durable sync queues")
        .register(registry);
    latency =
        Timer.builder("realtime.delivery.latency")
            .description("from an event's time to its sending to a subscriber")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
    retries =
        Counter.builder("realtime.retries")
            .description("unacknowledged events sent again")
            .register(registry);
  }

  /** Subscribers per topic; custom topics are counted together as {@code custom}. */
  void subscribed(String topic, int delta) {
    String bucket =
        topic.startsWith("custom:") ? "custom" : topic.startsWith("user:") ? "user" : topic;
    subscribers
        .computeIfAbsent(
            bucket,
            t -> {
              AtomicInteger count = new AtomicInteger();
              Gauge.builder("realtime.subscribers", count, AtomicInteger::get)
                  .tag("topic", t)
                  .description("subscriptions per topic on this instance")
                  .register(registry);
              return count;
            })
        .addAndGet(delta);
  }

  void delivered(Duration sincePublished, String kind) {
    latency.record(sincePublished.isNegative() ? Duration.ZERO : sincePublished);
    registry.counter("realtime.events.delivered", "kind", kind).increment();
  }

  void dropped(String reason, long count) {
    if (count > 0) {
      registry.counter("realtime.events.dropped", "reason", reason).increment((double) count);
    }
  }

  /** Events the outbox relay sent again (their change committed, no gateway had queued them). */
  void relayed(long count) {
    registry.counter("realtime.outbox.relayed").increment((double) count);
  }

  void retried() {
    retries.increment();
  }

  void rejected(String code) {
    registry.counter("realtime.frames.rejected", "code", code).increment();
  }

  long droppedTotal() {
    return (long)
        registry.find("realtime.events.dropped").counters().stream()
            .mapToDouble(Counter::count)
            .sum();
  }
}
