package dev.engram.tenancy.event;

import java.util.function.Consumer;

/** A publisher whose events can also be received: the gateway's side of {@link EventPublisher}. */
public interface EventBus extends EventPublisher, AutoCloseable {
  /**
   * Receives every event published from now on (by this instance or, with Redis, any other).
   * Listeners must return quickly; the returned handle stops the delivery.
   */
  AutoCloseable subscribe(Consumer<PlatformEvent> listener);

  /** Whether the bus can deliver now (Redis reachable); for /health. */
  default boolean healthy() {
    return true;
  }

  /** {@code in-process} or {@code redis}. */
  String kind();

  @Override
  void close();
}
