package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** {@code ./engram run}: once the API listens, the gateway starts in the same process. */
@Singleton
final class RealtimeStarter implements ApplicationEventListener<ServerStartupEvent> {
  private final RealtimeConfiguration config;
  private final Provider<RealtimeGateway> gateway;

  RealtimeStarter(RealtimeConfiguration config, Provider<RealtimeGateway> gateway) {
    this.config = config;
    this.gateway = gateway;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    if (config.enabled()) {
      gateway.get();
    }
  }
}
