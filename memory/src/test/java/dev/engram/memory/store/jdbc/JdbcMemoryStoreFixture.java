package dev.engram.memory.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.store.MemoryStore;
import dev.engram.testing.AppRows;
import dev.engram.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** A migrated database of a test class with a {@link JdbcMemoryStore} on a small pool. */
final class JdbcMemoryStoreFixture implements AutoCloseable {
  private final TestDatabase database;
  private final HikariDataSource dataSource;
  private final MemoryStore store;

  JdbcMemoryStoreFixture(TestDatabase database) {
    this(database, "");
  }

  /** {@code urlSettings} are appended to the pool's JDBC URL, e.g. {@code ;LOCK_TIMEOUT=200}. */
  JdbcMemoryStoreFixture(TestDatabase database, String urlSettings) {
    this(database, urlSettings, 0);
  }

  /** A store that keeps up to {@code hotMemories} decoded memories in its cache. */
  JdbcMemoryStoreFixture(TestDatabase database, String urlSettings, int hotMemories) {
    this.database = database;
    dataSource = database.pool(urlSettings, 4);
    store = new JdbcMemoryStore(dataSource, hotMemories);
  }

  MemoryStore store() {
    return store;
  }

  /** Rows of the app in every table of the schema that has an {@code app_id} column. */
  Map<String, Long> storage(String appId) {
    try (Connection c = dataSource.getConnection()) {
      return AppRows.count(c, appId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    database.drop();
  }
}
