package dev.engram.tools;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;

/** The engine and tenancy without the HTTP server, on the embedded defaults in a data directory. */
final class ToolContext {
  private ToolContext() {}

  static ApplicationContext start(Path home) {
    return ApplicationContext.builder()
        .properties(
            Map.of(
                "engram.home", home.toString(),
                "engram.bootstrap.demo", "false",
                "micronaut.server.port", "-1"))
        .deduceEnvironment(false)
        .start();
  }
}
