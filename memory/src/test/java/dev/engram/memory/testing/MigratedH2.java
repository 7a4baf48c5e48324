package dev.engram.memory.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** H2 databases with the memory module's migrations applied, for tests of the JDBC parts. */
public final class MigratedH2 {
  private MigratedH2() {}

  /** A pool of at most {@code connections} on the database of {@code url}, migrated first. */
  public static HikariDataSource open(String url, int connections) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setMaximumPoolSize(connections);
    return new HikariDataSource(config);
  }
}
