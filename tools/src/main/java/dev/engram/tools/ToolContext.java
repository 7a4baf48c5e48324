package dev.engram.tools;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine and tenancy without the HTTP server, on the embedded defaults in a data directory (or
 * the database the properties name).
 */
final class ToolContext {
  private ToolContext() {}

  static ApplicationContext start(Path home) {
    return start(home, Map.of());
  }

  /** The same with more properties (e.g. another database). */
  static ApplicationContext start(Path home, Map<String, Object> more) {
    Map<String, Object> properties = new HashMap<>(more);
    properties.put("engram.home", home.toString());
    properties.put("engram.bootstrap.demo", "false");
    properties.put("micronaut.server.port", "-1");
    // a tool never serves the realtime gateway: any free port, so that it runs beside a server
    properties.putIfAbsent("engram.realtime.port", "0");
    // no HTTP server runs here: Micronaut's health monitor would look up its routes on a timer and,
    // when the timer fires while the tool closes the context, print a bean-resolution error
    properties.put("micronaut.health.monitor.enabled", "false");
    return ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
  }
}
