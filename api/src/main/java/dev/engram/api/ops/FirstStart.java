package dev.engram.api.ops;

import dev.engram.tenancy.bootstrap.Bootstrap;
import dev.engram.tenancy.bootstrap.BootstrapResult;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;

/**
 * On the first start against an empty database, creates the bootstrap admin (and, embedded, the
 * demo tenant) and prints their secrets once, with a curl example that works as printed.
 */
@Singleton
final class FirstStart implements ApplicationEventListener<ServerStartupEvent> {
  private final Bootstrap bootstrap;

  FirstStart(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    bootstrap
        .runIfEmpty()
        .ifPresent(result -> print(result, event.getSource().getURL().toString(), System.out));
  }

  static void print(BootstrapResult result, String baseUrl, PrintStream out) {
    StringBuilder text = new StringBuilder();
    text.append("\n==================== Engram first start ====================\n");
    text.append("Console admin:  ").append(result.adminUsername());
    result
        .generatedPassword()
        .ifPresentOrElse(
            p -> text.append("  password: ").append(p).append("   (shown once; change it)\n"),
            () -> text.append("  password: as set in ENGRAM_BOOTSTRAP_ADMIN_PASSWORD\n"));
    result
        .demoKey()
        .ifPresent(
            key -> {
              text.append("Demo API key:   ").append(key.plaintext()).append("   (shown once)\n");
              text.append("Try it:\n  curl -s -H 'Authorization: Bearer ")
                  .append(key.plaintext())
                  .append("' ")
                  .append(baseUrl)
                  .append("/v1/whoami\n");
            });
    text.append("API docs:       ").append(baseUrl).append("/docs\n");
    text.append("=============================================================\n");
    out.print(text);
    out.flush();
  }
}
