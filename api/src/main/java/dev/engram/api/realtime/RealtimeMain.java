package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./engram realtime}: the gateway alone, for production, scaled apart from the API behind
 * its own load balancer. It reads the same configuration (database, {@code REDIS_URL}) and uses the
 * same tenancy services through one application context, without the API's HTTP server or
 * background jobs; its own port serves {@code /health} and {@code /prometheus}.
 */
public final class RealtimeMain {
  private RealtimeMain() {}

  public static void main(String[] args) throws InterruptedException {
    ApplicationContext context =
        ApplicationContext.builder()
            .args(args)
            .properties(
                Map.of(
                    "engram.realtime.standalone", true,
                    "engram.jobs.enabled", false,
                    "micronaut.server.port", -1))
            .start();
    RealtimeGateway gateway = context.getBean(RealtimeGateway.class);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  context.close();
                  stopped.countDown();
                }));
    System.out.println("Engram realtime gateway on port " + gateway.port());
    stopped.await();
  }
}
