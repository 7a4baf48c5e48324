package dev.engram.api.realtime;

import dev.engram.realtime.EventBuses;
import dev.engram.tenancy.event.EventBus;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for the outbox tests: the application's bus (in-process, or Redis on a channel of
 * the test's own with {@value #CHANNEL}) loses the <em>first</em> publication of every event whose
 * payload mentions the marker {@value #PROPERTY} — what a process killed between a change's commit
 * and the gateway's queuing loses — and lets every later publication of the same event (the outbox
 * relay's) through. So such an event can only arrive through its outbox row. On only in a context
 * started with {@code test.realtime.lose-once}; it lives in the tests.
 */
@Factory
@Requires(property = LossyEventBus.PROPERTY)
final class LossyEventBus {
  static final String PROPERTY = "test.realtime.lose-once";

  /** A Redis channel of the test's own (the bus is on the in-process one without it). */
  static final String CHANNEL = "test.realtime.redis-channel";

  static final String REDIS =
      System.getenv().getOrDefault("ENGRAM_TEST_REDIS_URL", "redis://127.0.0.1:6379");

  /** The ids of the events lost once so far (one JVM: the tests read it). */
  static final Set<String> LOST = ConcurrentHashMap.newKeySet();

  private static final Logger LOG = LoggerFactory.getLogger(LossyEventBus.class);

  @Singleton
  @Replaces(bean = EventBus.class, factory = RealtimeFactory.class)
  @Bean(preDestroy = "close")
  EventBus lossyBus(
      @Value("${" + PROPERTY + "}") String marker,
      @Nullable @Value("${" + CHANNEL + ":}") String channel) {
    EventBus real =
        channel == null || channel.isBlank()
            ? EventBuses.inProcess()
            : EventBuses.redis(REDIS, channel, Duration.ofSeconds(5));
    return new DroppingEventBus(
        real,
        event -> {
          if (String.valueOf(event.payload()).contains(marker) && LOST.add(event.id())) {
            LOG.warn("{}: lost {} {} once", PROPERTY, event.type(), event.id());
            return true;
          }
          return false;
        });
  }
}
