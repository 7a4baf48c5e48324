package dev.engram.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.analytics.MemoryChange;
import dev.engram.analytics.MemoryFact;
import dev.engram.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact learning history (V3_6), keyed by a sequence with no index of event ids: every event
 * in the order recorded (on H2 and PostgreSQL), and the migration keeps the rows written before it.
 */
class MemoryHistoryTest {
  private static final Instant AT = Instant.parse("2026-12-05T12:00:00Z");

  private TestDatabase database;
  private HikariDataSource dataSource;

  @AfterEach
  void close() {
    if (dataSource != null) {
      dataSource.close();
    }
    database.drop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void recordsEveryEventInOrderAndCountsItInTheRollups(String kind) throws Exception {
    database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
    dataSource = database.pool("", 4);
    JdbcLearningHistory history = history();

    history.recordMemoryFacts(List.of(fact("evt-b", AT), fact("evt-a", AT)));
    history.recordMemoryFacts(List.of(fact("evt-c", AT.plusSeconds(1))));

    assertThat(strings("select event_id from memory_history order by seq"))
        .containsExactly("evt-b", "evt-a", "evt-c");
    assertThat(count("select sum(events) from analytics_daily where source = 'memory'"))
        .isEqualTo(3);
    assertThat(strings("select coalesce(agent_id, '-') || category from memory_history"))
        .containsOnly("-preference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theMigrationKeepsTheHistoryWrittenBeforeIt(String kind) throws Exception {
    database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
    Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations("classpath:db/migration")
        .target("3.5")
        .load()
        .migrate();
    try (Connection c =
            java.sql.DriverManager.getConnection(
                database.url(), database.user(), database.password());
        PreparedStatement insert =
            c.prepareStatement(
                "insert into memory_history (app_id, event_id, memory_id, user_id, agent_id,"
                    + " category, change_type, engine, actor, at)"
                    + " values ('app', ?, 'mem-1', 'u1', null, null, 'ADD', 'rules', 'key', ?)")) {
      for (String id : List.of("old-2", "old-1")) {
        insert.setString(1, id);
        insert.setObject(2, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
        insert.executeUpdate();
      }
    }

    dataSource = database.pool("", 4);
    history().recordMemoryFacts(List.of(fact("new-1", AT.plusSeconds(1))));

    assertThat(strings("select event_id from memory_history order by seq"))
        .containsExactly("old-1", "old-2", "new-1");
  }

  private JdbcLearningHistory history() {
    return new JdbcLearningHistory(
        new Db(dataSource), JsonMapper.createDefault(), Clock.fixed(AT, ZoneOffset.UTC));
  }

  private static MemoryFact fact(String eventId, Instant at) {
    return new MemoryFact(
        "app",
        eventId,
        "mem-" + eventId,
        "u1",
        null,
        "preference",
        MemoryChange.ADD,
        "rules",
        "key",
        at);
  }

  private long count(String sql) throws SQLException {
    return SqlRows.count(dataSource, sql);
  }

  private List<String> strings(String sql) throws SQLException {
    return SqlRows.strings(dataSource, sql);
  }
}
