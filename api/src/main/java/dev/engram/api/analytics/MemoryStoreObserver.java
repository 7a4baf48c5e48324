package dev.engram.api.analytics;

import dev.engram.analytics.LearningHistory;
import dev.engram.api.realtime.RealtimeEvents;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Connects the memory engine to the learning history without either knowing the other: whichever
 * memory store is configured (JDBC, MongoDB) is wrapped, once, in an {@link ObservedMemoryStore}.
 */
@Singleton
final class MemoryStoreObserver implements BeanCreatedEventListener<MemoryStore> {
  private final Provider<LearningHistory> history;
  private final Provider<RealtimeEvents> realtime;
  private final Provider<Clock> clock;

  MemoryStoreObserver(
      Provider<LearningHistory> history, Provider<RealtimeEvents> realtime, Provider<Clock> clock) {
    this.history = history;
    this.realtime = realtime;
    this.clock = clock;
  }

  @Override
  public MemoryStore onCreated(BeanCreatedEvent<MemoryStore> event) {
    MemoryStore store = event.getBean();
    if (store instanceof ObservedMemoryStore) {
      return store;
    }
    return new ObservedMemoryStore(store, history.get(), realtime.get(), clock.get());
  }
}
