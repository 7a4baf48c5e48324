package dev.engram.api.realtime;

import dev.engram.realtime.EventBuses;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.Topics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for {@link OutboxCrashIT}: an in-process bus that loses every platform event (a
 * memory write's, a task's, …) — what a process killed between the write's commit and the gateway's
 * queuing loses from memory — so only the outbox row is left. On only in a process started with
 * {@code test.realtime.deaf-bus}; it lives in the tests, so the application jar has no such hook.
 */
@Factory
@Requires(property = DeafEventBus.PROPERTY)
final class DeafEventBus {
  static final String PROPERTY = "test.realtime.deaf-bus";
  private static final Logger LOG = LoggerFactory.getLogger(DeafEventBus.class);
  private static final Set<String> PLATFORM =
      Set.of(Topics.MEMORY, Topics.TASKS, Topics.LEARNING, Topics.INSIGHTS);

  @Singleton
  @Replaces(bean = EventBus.class, factory = RealtimeFactory.class)
  @Bean(preDestroy = "close")
  EventBus deafBus() {
    return new DroppingEventBus(
        EventBuses.inProcess(),
        event -> {
          if (PLATFORM.contains(event.topic())) {
            LOG.warn("{}: lost {} {}", PROPERTY, event.type(), event.ids().get("memory_id"));
            return true;
          }
          return false;
        });
  }
}
