package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.BeanContext;
import java.util.Optional;

/**
 * The gateway this process has started, if any. A lookup through {@code findBean} or a provider
 * would create (and so start) one: in a process that never serves it (a tool on the engine), with
 * realtime run apart, or while the context closes, where nothing would stop it again.
 */
final class StartedGateway {
  private StartedGateway() {}

  static Optional<RealtimeGateway> in(BeanContext beans) {
    return beans.getActiveBeanRegistrations(RealtimeGateway.class).stream()
        .findFirst()
        .map(registration -> registration.bean());
  }
}
