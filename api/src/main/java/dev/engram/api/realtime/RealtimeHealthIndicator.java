package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.BeanContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The realtime gateway in /health: port, bus, connections, queued events; or that it is off. */
@Singleton
final class RealtimeHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final BeanContext beans;
  private final RealtimeConfiguration config;

  RealtimeHealthIndicator(BeanContext beans, RealtimeConfiguration config) {
    this.beans = beans;
    this.config = config;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    if (!config.enabled()) {
      healthStatus = HealthStatus.UP;
      return Map.of("embedded", false, "note", "runs apart (./engram realtime)");
    }
    // the health monitor asks every minute, also where the gateway is never started
    Optional<RealtimeGateway> started = StartedGateway.in(beans);
    if (started.isEmpty()) {
      healthStatus = HealthStatus.UNKNOWN;
      return Map.of("embedded", true, "note", "starting");
    }
    Map<String, Object> details = new LinkedHashMap<>(started.get().health());
    healthStatus = "UP".equals(details.remove("status")) ? HealthStatus.UP : HealthStatus.DOWN;
    details.put("embedded", true);
    return details;
  }

  @Override
  protected String getName() {
    return "realtime";
  }
}
