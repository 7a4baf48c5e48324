package dev.engram.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.analytics.MemoryChange;
import dev.engram.analytics.MemoryFact;
import dev.engram.analytics.SearchFact;
import dev.engram.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The learning history older than the retention goes; what queries still reach stays (on H2 and
 * PostgreSQL).
 */
class HistoryPruneTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final Instant OLD = NOW.minus(Duration.ofDays(500));
  private static final Instant RECENT = NOW.minus(Duration.ofDays(3));

  private TestDatabase database;
  private HikariDataSource dataSource;
  private JdbcLearningHistory history;

  @AfterEach
  void close() {
    dataSource.close();
    database.drop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void erasesRawHistoryAndRollupsOlderThanTheCutAndKeepsTheRest(String kind) throws Exception {
    database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
    dataSource = database.pool("", 10);
    history =
        new JdbcLearningHistory(
            new Db(dataSource), JsonMapper.createDefault(), Clock.fixed(NOW, ZoneOffset.UTC));
    List<MemoryFact> facts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      facts.add(fact("old-" + i, OLD.plusSeconds(i)));
    }
    facts.add(fact("recent-0", RECENT));
    facts.add(fact("recent-1", RECENT.plusSeconds(1)));
    history.recordMemoryFacts(facts);
    history.recordSearches(
        List.of(
            new SearchFact("app", "u1", null, 3, true, 4.2, OLD),
            new SearchFact("app", "u1", null, 0, false, 8.0, RECENT)));
    long totals = count("select count(*) from analytics_totals");

    // a batch of 2 rows per transaction: the old history takes several
    long removed = history.prune(NOW.minus(Duration.ofDays(400)), 2);

    assertThat(strings("select event_id from memory_history order by event_id"))
        .containsExactly("recent-0", "recent-1");
    assertThat(count("select count(*) from analytics_daily where day_utc < date '2025-12-01'"))
        .isZero();
    assertThat(count("select count(*) from analytics_daily")).isPositive();
    assertThat(count("select count(*) from analytics_latency where day_utc < date '2025-12-01'"))
        .isZero();
    assertThat(count("select count(*) from analytics_latency")).isPositive();
    assertThat(count("select count(*) from analytics_totals")).isEqualTo(totals);
    assertThat(removed).isGreaterThanOrEqualTo(7 + 2);

    assertThat(history.prune(NOW.minus(Duration.ofDays(400)), 2)).isZero();
  }

  private static MemoryFact fact(String eventId, Instant at) {
    return new MemoryFact(
        "app", eventId, "mem-" + eventId, "u1", null, null, MemoryChange.ADD, "rules", "key", at);
  }

  private long count(String sql) throws SQLException {
    return SqlRows.count(dataSource, sql);
  }

  private List<String> strings(String sql) throws SQLException {
    return SqlRows.strings(dataSource, sql);
  }
}
