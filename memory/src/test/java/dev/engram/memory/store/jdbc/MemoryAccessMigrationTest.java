package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V2_60 moves the reads of memories stored before it (counts kept in the memories table) into
 * {@code memory_access}, on both databases the JDBC store runs on.
 */
class MemoryAccessMigrationTest {
  private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant READ = Instant.parse("2026-11-20T08:30:00Z");

  static List<Supplier<TestDatabase>> databases() {
    return List.of(TestDatabase::h2, TestDatabase::postgres);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void readsCountedBeforeTheNarrowTableAreKept(Supplier<TestDatabase> kind) throws SQLException {
    TestDatabase database = kind.get();
    try {
      flyway(database).target("2.55").load().migrate();
      try (Connection c =
          DriverManager.getConnection(database.url(), database.user(), database.password())) {
        insertOld(c, "m1", 7, READ);
        insertOld(c, "m2", 0, null);
      }

      try (var pool = database.pool("", 2)) {
        JdbcMemoryStore store = new JdbcMemoryStore(pool, 0);
        Memory read = store.find("app", "m1", READ).orElseThrow();
        Memory unread = store.find("app", "m2", READ).orElseThrow();

        assertThat(read.accessCount()).isEqualTo(7);
        assertThat(read.lastAccessedAt()).isEqualTo(READ);
        assertThat(read.content()).isEqualTo("content of m1");
        assertThat(unread.accessCount()).isZero();
        assertThat(unread.lastAccessedAt()).isNull();
        try (Connection c = pool.getConnection();
            var rows = c.createStatement().executeQuery("select count(*) from memory_access")) {
          rows.next();
          assertThat(rows.getLong(1)).isEqualTo(1);
        }
      }
    } finally {
      database.drop();
    }
  }

  private static FluentConfiguration flyway(TestDatabase database) {
    return Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations("classpath:db/migration");
  }

  private static void insertOld(Connection c, String id, int count, Instant lastRead)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into memories (app_id, id, user_id, type, content, tags, importance,"
                + " metadata, status, reinforcement_count, access_count, last_accessed_at,"
                + " sources, created_at, updated_at, version)"
                + " values ('app', ?, 'u', 'semantic', ?, '[]', 5, '{}', 'active', 0, ?, ?, '[]',"
                + " ?, ?, 1)")) {
      insert.setString(1, id);
      insert.setString(2, "content of " + id);
      insert.setInt(3, count);
      insert.setTimestamp(4, lastRead == null ? null : Timestamp.from(lastRead));
      insert.setTimestamp(5, Timestamp.from(CREATED));
      insert.setTimestamp(6, Timestamp.from(CREATED));
      insert.executeUpdate();
    }
  }
}
