package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeData;
import dev.engram.tenancy.AfterCommit;
import dev.engram.tenancy.apikey.ApiKey;
import dev.engram.tenancy.apikey.ApiKeyListener;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
import dev.engram.tenancy.event.EventPublisher;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * Tells every gateway (through the bus) that a key was revoked or an app deleted, so their
 * connections close at once; and deletes the app's queues and tickets with it.
 */
@Singleton
final class RealtimeControl implements ApiKeyListener, AppLifecycleListener {
  private final EventPublisher publisher;
  private final RealtimeData data;
  private final AfterCommit afterCommit;
  private final Clock clock;

  RealtimeControl(
      EventPublisher publisher, RealtimeData data, AfterCommit afterCommit, Clock clock) {
    this.publisher = publisher;
    this.data = data;
    this.afterCommit = afterCommit;
    this.clock = clock;
  }

  @Override
  public void keyRevoked(ApiKey key) {
    publisher.publish(
        PlatformEvent.of(
            key.appId(),
            Topics.SYSTEM,
            Topics.KEY_REVOKED,
            Map.of("key_id", key.id()),
            Map.of(),
            clock.instant()));
  }

  @Override
  public void appDeleted(App app) {
    afterCommit.run(
        () -> {
          data.dropApp(app.id());
          publisher.publish(
              PlatformEvent.of(
                  app.id(),
                  Topics.SYSTEM,
                  Topics.APP_DELETED,
                  Map.of(),
                  Map.of(),
                  clock.instant()));
        });
  }
}
