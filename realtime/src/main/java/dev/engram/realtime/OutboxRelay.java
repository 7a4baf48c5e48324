package dev.engram.realtime;

import dev.engram.tenancy.event.PlatformEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends again what the {@link Outbox} still holds: platform events whose change committed but that
 * no gateway queued (the process crashed in between, or the bus lost them). It starts at once (so a
 * restarted gateway drains what its crash left), takes rows older than {@code grace} — younger ones
 * are on their way through the bus, and the gateway that queues them deletes their row — and
 * publishes them on the bus, where every gateway handles them as if just published. It pauses while
 * this gateway's dispatcher has a backlog (what waits there deletes its own rows once queued), so a
 * gateway that is behind does not send the same events a second time.
 */
final class OutboxRelay {
  static final Duration GRACE = Duration.ofSeconds(5);
  static final Duration CLAIM = Duration.ofSeconds(30);
  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final int BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final Outbox outbox;
  private final Hub hub;
  private final Duration grace;
  private volatile boolean running = true;
  private final Thread thread;

  OutboxRelay(Outbox outbox, Hub hub, Duration grace) {
    this.outbox = outbox;
    this.hub = hub;
    this.grace = grace;
    this.thread = Thread.ofVirtual().name("engram-realtime-outbox").start(this::run);
  }

  private void run() {
    while (running) {
      int sent = 0;
      try {
        if (hub.backlog() == 0) {
          sent = relayOnce();
        }
      } catch (RuntimeException e) {
        LOG.warn("the realtime outbox relay failed: {}", e.getMessage());
      }
      if (sent < BATCH) {
        try {
          Thread.sleep(INTERVAL);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** One round: claims what is due and publishes it; returns how many events. */
  int relayOnce() {
    Instant now = Instant.now();
    List<PlatformEvent> events = outbox.claim(now.minus(grace), now, now.plus(CLAIM), BATCH);
    for (PlatformEvent event : events) {
      hub.bus.publish(event);
    }
    if (!events.isEmpty()) {
      hub.metrics.relayed(events.size());
      LOG.info("sent {} platform events again from the outbox", events.size());
    }
    return events.size();
  }

  void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
