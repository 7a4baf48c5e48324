package dev.engram.realtime;

import dev.engram.tenancy.event.EventBus;
import dev.engram.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A database with the realtime tables, and gateways on it. */
final class Fixture {
  /** The operator's token every test gateway is given. */
  static final String OPERATOR_TOKEN = "operator-secret";

  /** What the test gateways' {@code /prometheus} answers (the scrape is the api's). */
  static final String SCRAPE = "realtime_connections 0\n";

  private Fixture() {}

  static DataSource migrate(TestDatabase database) {
    DataSource ds;
    if (database.url().startsWith("jdbc:h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(database.url());
      h2.setUser(database.user());
      h2.setPassword(database.password());
      ds = h2;
    } else {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(database.url());
      pg.setUser(database.user());
      pg.setPassword(database.password());
      ds = pg;
    }
    for (String migration : java.util.List.of("V4_0__realtime.sql", "V4_10__realtime_outbox.sql")) {
      try (InputStream in = Fixture.class.getResourceAsStream("/db/migration/" + migration);
          Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String statement : sql.replaceAll("(?m)^ *--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
      } catch (IOException | SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return ds;
  }

  static RealtimeConfig config() {
    return new RealtimeConfig(
        "127.0.0.1",
        0,
        5,
        1024 * 1024,
        100,
        Duration.ofDays(7),
        Duration.ofSeconds(30),
        Duration.ofMillis(300),
        Duration.ofSeconds(2),
        100,
        Duration.ofSeconds(60),
        Duration.ofMinutes(10),
        100,
        Duration.ofMillis(200));
  }

  static RealtimeGateway gateway(
      DataSource ds, EventBus bus, Authenticator auth, RealtimeConfig config, Clock clock) {
    return gateway(ds, bus, auth, config, clock, new SimpleMeterRegistry());
  }

  static RealtimeGateway gateway(
      DataSource ds,
      EventBus bus,
      Authenticator auth,
      RealtimeConfig config,
      Clock clock,
      MeterRegistry registry) {
    return RealtimeGateway.builder()
        .config(config)
        .dataSource(ds)
        .bus(bus)
        .authenticator(auth)
        .meterRegistry(registry)
        .clock(clock)
        .metricsSource(
            (app, tool) -> java.util.Map.of("events", 7, "tool", tool.orElse("all"), "app", app))
        .operatorToken(OPERATOR_TOKEN)
        .prometheus(() -> SCRAPE)
        .start();
  }
}
