package dev.engram.api.realtime;

import dev.engram.analytics.tools.LiveMetrics;
import dev.engram.analytics.tools.ToolService;
import dev.engram.api.ops.OperatorConfiguration;
import dev.engram.realtime.EventBuses;
import dev.engram.realtime.Outbox;
import dev.engram.realtime.RealtimeData;
import dev.engram.realtime.RealtimeGateway;
import dev.engram.realtime.Tickets;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.event.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Wires the realtime gateway into the API's process: the event bus (in-process, or Redis when
 * {@code REDIS_URL} is set), the gateway itself (a Helidon SE server handed the tenancy services,
 * the database and the meter registry; no second DI container) and its tickets.
 */
@Factory
final class RealtimeFactory {
  @Singleton
  @Bean(preDestroy = "close")
  EventBus eventBus(RealtimeConfiguration config) {
    return config.hasRedis()
        ? EventBuses.redis(config.redisUrl(), Duration.ofSeconds(5))
        : EventBuses.inProcess();
  }

  @Singleton
  RealtimeData realtimeData(DataSource dataSource) {
    return new RealtimeData(DelegatingDataSource.unwrapDataSource(dataSource));
  }

  /** The outbox of platform events (written in the API's transactions, drained by the gateways). */
  @Singleton
  Outbox outbox(DataSource dataSource) {
    return new Outbox(DelegatingDataSource.unwrapDataSource(dataSource));
  }

  @Singleton
  Tickets tickets(DataSource dataSource, RealtimeConfiguration config, Clock clock) {
    return new Tickets(
        DelegatingDataSource.unwrapDataSource(dataSource), config.ticketTtl(), clock);
  }

  @Singleton
  @Bean(preDestroy = "close")
  RealtimeGateway gateway(
      RealtimeConfiguration config,
      DataSource dataSource,
      EventBus bus,
      ApiKeys keys,
      Apps apps,
      MeterRegistry registry,
      LiveMetrics live,
      ToolService tools,
      Clock clock,
      Optional<PrometheusMeterRegistry> prometheus,
      OperatorConfiguration operator,
      @Value("${engram.realtime.standalone:false}") boolean standalone,
      @Value("${engram.port:8080}") int apiPort,
      BeanProvider<EmbeddedServer> apiServer) {
    RealtimeGateway.Builder builder =
        RealtimeGateway.builder()
            .config(config.toGatewayConfig())
            .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
            .bus(bus)
            .authenticator(new KeyAuthenticator(keys, apps))
            .corsOrigins(corsOrigins(config, apiPort, apiServer))
            .operatorToken(operator.token())
            .meterRegistry(registry)
            .clock(clock)
            .metricsSource(
                (appId, toolId) ->
                    toolId.isPresent()
                        ? tools.toolMetrics(appId, toolId.get(), 1)
                        : live.current(appId));
    if (standalone && prometheus.isPresent()) {
      builder.prometheus(prometheus.get()::scrape);
    }
    return builder.start();
  }

  /**
   * The configured origins, or the API's own ({@code localhost} and {@code 127.0.0.1} on its port;
   * a random test port is read from the running server).
   */
  static Predicate<String> corsOrigins(
      RealtimeConfiguration config, int apiPort, BeanProvider<EmbeddedServer> apiServer) {
    if (config.corsOrigins() != null && !config.corsOrigins().isEmpty()) {
      Set<String> allowed =
          config.corsOrigins().stream()
              .map(String::strip)
              .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
              .collect(Collectors.toUnmodifiableSet());
      return allowed::contains;
    }
    return origin -> {
      int port =
          apiPort > 0 ? apiPort : apiServer.find(null).map(EmbeddedServer::getPort).orElse(-1);
      return port > 0
          && (origin.equals("http://localhost:" + port)
              || origin.equals("http://127.0.0.1:" + port));
    };
  }
}
