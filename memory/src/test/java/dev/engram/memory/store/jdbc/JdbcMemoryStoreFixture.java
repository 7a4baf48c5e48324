package dev.engram.memory.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.store.MemoryStore;
import dev.engram.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** A migrated database of a test class with a {@link JdbcMemoryStore} on a small pool. */
final class JdbcMemoryStoreFixture implements AutoCloseable {
  private final TestDatabase database;
  private final HikariDataSource dataSource;
  private final MemoryStore store;

  JdbcMemoryStoreFixture(TestDatabase database) {
    this.database = database;
    Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(4);
    dataSource = new HikariDataSource(config);
    store = new JdbcMemoryStore(dataSource);
  }

  MemoryStore store() {
    return store;
  }

  @Override
  public void close() {
    dataSource.close();
    database.drop();
  }
}
