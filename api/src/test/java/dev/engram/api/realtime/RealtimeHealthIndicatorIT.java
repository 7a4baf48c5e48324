package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health indicator reports the gateway without starting it: the health monitor asks every
 * minute, also in a process that never starts the gateway (a tool on the engine) or while one
 * closes; a gateway started then was never stopped and kept the JVM from exiting.
 */
class RealtimeHealthIndicatorIT {
  @TempDir Path home;

  @Test
  void askingForHealthStartsNoGateway() {
    Map<String, Object> properties =
        Map.of(
            "engram.home",
            home.toString(),
            "micronaut.server.port",
            -1,
            "engram.realtime.port",
            0,
            "engram.bootstrap.demo",
            false);
    try (ApplicationContext context =
        ApplicationContext.builder().properties(properties).deduceEnvironment(false).start()) {
      RealtimeHealthIndicator indicator = context.getBean(RealtimeHealthIndicator.class);

      assertThat(indicator.getHealthInformation()).containsEntry("note", "starting");
      assertThat(context.getActiveBeanRegistrations(RealtimeGateway.class)).isEmpty();

      RealtimeGateway gateway = context.getBean(RealtimeGateway.class);
      assertThat(indicator.getHealthInformation())
          .containsEntry("embedded", true)
          .containsEntry("port", gateway.port());
    }
  }
}
