package dev.engram.realtime;

import dev.engram.tenancy.event.EventBus;
import java.net.URI;
import java.time.Duration;

/** The two buses: one JVM, or Redis pub/sub shared by every API and gateway instance. */
public final class EventBuses {
  /** The Redis channel that carries platform events. */
  public static final String CHANNEL = "engram:realtime:events";

  private EventBuses() {}

  public static EventBus inProcess() {
    return new InProcessEventBus();
  }

  /**
   * A bus on the Redis at {@code url} ({@code redis://host:6379}); returns once subscribed, or
   * after {@code wait} when Redis is not reachable yet (it keeps trying in the background).
   */
  public static EventBus redis(String url, Duration wait) {
    return redis(url, CHANNEL, wait);
  }

  /**
   * A bus on another channel of the Redis at {@code url}: instances on different channels do not
   * see each other's events (tests that share one Redis use a channel of their own).
   */
  public static EventBus redis(String url, String channel, Duration wait) {
    RedisEventBus bus = new RedisEventBus(URI.create(url), channel);
    try {
      bus.awaitSubscribed(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return bus;
  }
}
