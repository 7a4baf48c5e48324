package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.BeanContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

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
    // only a gateway already started: looking it up must not start one (the health monitor asks
    // every minute, also in a process that never serves it, such as a tool, or while it closes)
    var started = beans.getActiveBeanRegistrations(RealtimeGateway.class);
    if (started.isEmpty()) {
      healthStatus = HealthStatus.UNKNOWN;
      return Map.of("embedded", true, "note", "starting");
    }
    Map<String, Object> details = new LinkedHashMap<>(started.iterator().next().bean().health());
    healthStatus = "UP".equals(details.remove("status")) ? HealthStatus.UP : HealthStatus.DOWN;
    details.put("embedded", true);
    return details;
  }

  @Override
  protected String getName() {
    return "realtime";
  }
}
