package dev.engram.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;

/**
 * Redis pub/sub: every instance publishes to one channel and every instance receives what any
 * published (its own events too, so delivery takes one path). The subscription runs on a virtual
 * thread of its own and reconnects with backoff; events published while no instance listens are not
 * kept by Redis (the gateways' durable queues are filled by the instances that are up).
 */
final class RedisEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final URI uri;
  private final String channel;
  private final RedisClient publisher;
  private final List<Consumer<PlatformEvent>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean connected = new AtomicBoolean();
  private final CountDownLatch firstSubscription = new CountDownLatch(1);
  private volatile JedisPubSub subscription;
  private final Thread receiver;

  RedisEventBus(URI uri, String channel) {
    this.uri = uri;
    this.channel = channel;
    this.publisher = RedisClient.create(uri);
    this.receiver = Thread.ofVirtual().name("engram-redis-events").start(this::receive);
  }

  /** Waits until the subscription is in place (so nothing published after this is missed). */
  boolean awaitSubscribed(Duration timeout) throws InterruptedException {
    return firstSubscription.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void publish(PlatformEvent event) {
    try {
      publisher.publish(channel, Json.writeEvent(event));
    } catch (RuntimeException e) {
      LOG.warn("could not publish realtime event {} to Redis: {}", event.id(), e.getMessage());
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<PlatformEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public boolean healthy() {
    return connected.get();
  }

  @Override
  public String kind() {
    return "redis";
  }

  private void receive() {
    long backoffMs = 100;
    while (!closed.get()) {
      try (Jedis jedis = new Jedis(uri)) {
        JedisPubSub pubSub =
            new JedisPubSub() {
              @Override
              public void onSubscribe(String name, int count) {
                connected.set(true);
                firstSubscription.countDown();
              }

              @Override
              public void onMessage(String name, String message) {
                deliver(message);
              }
            };
        subscription = pubSub;
        if (closed.get()) {
          return;
        }
        jedis.subscribe(pubSub, channel);
        backoffMs = 100;
      } catch (RuntimeException e) {
        connected.set(false);
        if (closed.get()) {
          return;
        }
        LOG.warn("Redis subscription lost ({}); retrying in {} ms", e.getMessage(), backoffMs);
        try {
          Thread.sleep(backoffMs);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
      }
    }
  }

  private void deliver(String message) {
    PlatformEvent event;
    try {
      event = Json.readEvent(message);
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.warn("ignored a malformed realtime event from Redis: {}", e.getMessage());
      return;
    }
    for (Consumer<PlatformEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a realtime listener failed on event {}: {}", event.id(), e.getMessage(), e);
      }
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    JedisPubSub pubSub = subscription;
    if (pubSub != null && pubSub.isSubscribed()) {
      try {
        pubSub.unsubscribe();
      } catch (RuntimeException ignored) {
        // the connection is going away anyway
      }
    }
    receiver.interrupt();
    publisher.close();
    connected.set(false);
  }
}
