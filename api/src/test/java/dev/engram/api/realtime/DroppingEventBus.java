package dev.engram.api.realtime;

import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A real bus that loses the publications {@code lost} accepts (fault injection of the outbox tests:
 * what a process killed between a change's commit and the gateway's queuing loses) and passes
 * everything else through.
 */
final class DroppingEventBus implements EventBus {
  private final EventBus real;
  private final Predicate<PlatformEvent> lost;

  DroppingEventBus(EventBus real, Predicate<PlatformEvent> lost) {
    this.real = real;
    this.lost = lost;
  }

  @Override
  public void publish(PlatformEvent event) {
    if (!lost.test(event)) {
      real.publish(event);
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<PlatformEvent> listener) {
    return real.subscribe(listener);
  }

  @Override
  public String kind() {
    return real.kind();
  }

  @Override
  public boolean healthy() {
    return real.healthy();
  }

  @Override
  public void close() {
    real.close();
  }
}
