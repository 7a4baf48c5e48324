package dev.engram.realtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A meter registry that tells when the gateway's queue-overflow drop counter reaches a count: the
 * dispatcher queues events on its own thread, so a test that needs the drops done waits on this
 * instead of racing it.
 */
final class DropWatch extends SimpleMeterRegistry {
  private final long expected;
  private final CompletableFuture<Double> reached = new CompletableFuture<>();

  DropWatch(long expected) {
    this.expected = expected;
  }

  @Override
  protected Counter newCounter(Meter.Id id) {
    Counter counter = super.newCounter(id);
    boolean watched =
        id.getName().equals("realtime.events.dropped")
            && "queue_overflow".equals(id.getTag("reason"));
    return watched ? new Watched(counter) : counter;
  }

  /** Blocks until the counter has reached the expected count (or fails after {@code timeout}). */
  void await(Duration timeout) throws Exception {
    reached.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private final class Watched implements Counter {
    private final Counter delegate;

    Watched(Counter delegate) {
      this.delegate = delegate;
    }

    @Override
    public void increment(double amount) {
      delegate.increment(amount);
      if (delegate.count() >= expected) {
        reached.complete(delegate.count());
      }
    }

    @Override
    public double count() {
      return delegate.count();
    }

    @Override
    public Meter.Id getId() {
      return delegate.getId();
    }
  }
}
