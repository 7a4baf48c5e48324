package dev.engram.tenancy.event;

/**
 * Where the platform announces what happened, for the realtime gateway. In-process when the API and
 * the gateway share a JVM; Redis pub/sub when {@code REDIS_URL} is set, so that several API and
 * gateway instances share one stream. Publishing never fails the caller's operation: an event that
 * cannot be sent is counted and logged.
 */
public interface EventPublisher {
  void publish(PlatformEvent event);

  /** A publisher that drops everything: when no gateway is configured. */
  static EventPublisher none() {
    return event -> {};
  }
}
