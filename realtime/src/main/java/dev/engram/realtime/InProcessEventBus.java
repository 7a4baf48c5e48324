package dev.engram.realtime;

import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus of one JVM: listeners are called on the publisher's thread and must return quickly. */
final class InProcessEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);
  private final List<Consumer<PlatformEvent>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(PlatformEvent event) {
    for (Consumer<PlatformEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a realtime listener failed on event {}: {}", event.id(), e.getMessage(), e);
      }
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<PlatformEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public String kind() {
    return "in-process";
  }

  @Override
  public void close() {
    listeners.clear();
  }
}
