package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.engram.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Work that runs just before a transaction commits: once per key, inside it, able to undo it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionsTest {
  private final TestDatabase database = TestDatabase.h2();
  private final HikariDataSource dataSource = dataSource(database);
  private final Transactions transactions = new Transactions(dataSource);

  @AfterAll
  void close() {
    dataSource.close();
    database.drop();
  }

  @BeforeEach
  void emptyTable() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table if not exists notes (text varchar(100))");
      s.execute("delete from notes");
    }
  }

  @Test
  void workRegisteredUnderOneKeyRunsOnceAfterEverythingElseOnTheTransactionsValue() {
    List<String> order = new ArrayList<>();

    transactions.inTransaction(
        c -> {
          for (String text : List.of("a", "b", "c")) {
            insert(c, text);
            transactions
                .beforeCommit(
                    "count",
                    ArrayList<String>::new,
                    (connection, seen) -> {
                      order.add("check " + seen + " sees " + count(connection));
                      insert(connection, "summary of " + seen.size());
                    })
                .add(text);
            order.add("wrote " + text);
          }
          return null;
        });

    assertThat(order).containsExactly("wrote a", "wrote b", "wrote c", "check [a, b, c] sees 3");
    assertThat(countCommitted()).as("the check's own write commits with the rest").isEqualTo(4);
  }

  @Test
  void aFailingCheckRollsTheWholeTransactionBackAndReachesTheCaller() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      insert(c, "a");
                      transactions.beforeCommit(
                          "refuse",
                          () -> "x",
                          (connection, value) -> {
                            throw new IllegalStateException("refused " + value);
                          });
                      insert(c, "b");
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused x");

    assertThat(countCommitted()).isZero();
  }

  @Test
  void aNestedTransactionRegistersOnTheOuterOneAndNothingRunsAfterItsRollback() {
    int[] runs = new int[1];
    transactions.inTransaction(
        c ->
            transactions.inTransaction(
                inner -> {
                  insert(inner, "a");
                  return transactions.beforeCommit(
                      "k", () -> 1, (connection, value) -> runs[0] += value);
                }));
    assertThat(runs[0]).isEqualTo(1);

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      transactions.beforeCommit("k", () -> 1, (connection, v) -> runs[0] += v);
                      throw new IllegalArgumentException("undone");
                    }))
        .hasMessage("undone");
    assertThat(runs[0]).as("work before a commit that never comes does not run").isEqualTo(1);
  }

  @Test
  void outsideATransactionThereIsNothingToRunBefore() {
    assertThatThrownBy(() -> transactions.beforeCommit("k", () -> 1, (c, v) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no transaction");
  }

  @Test
  void joiningAnotherOwnersTransactionRunsTheWorkWhenTheJoinedWorkReturns() throws SQLException {
    try (Connection owner = dataSource.getConnection()) {
      owner.setAutoCommit(false);
      boolean[] ran = new boolean[1];
      transactions.joining(
          owner,
          c -> {
            insert(c, "a");
            transactions.beforeCommit("k", () -> "v", (connection, v) -> ran[0] = true);
            assertThat(ran[0]).isFalse();
            return null;
          });
      assertThat(ran[0]).isTrue();
      owner.rollback();
    }
    assertThat(countCommitted()).isZero();
  }

  @Test
  void aLockHeldUntilTheEndIsHeldThroughTheCommitAndReleasedAfterIt() {
    ReentrantLock lock = new ReentrantLock();
    boolean[] heldBeforeCommit = new boolean[1];

    transactions.inTransaction(
        c -> {
          assertThat(transactions.holdUntilEnd(lock)).isTrue();
          assertThat(transactions.holdUntilEnd(lock)).as("held already: not taken twice").isTrue();
          transactions.beforeCommit(
              "k",
              () -> "v",
              (connection, v) -> heldBeforeCommit[0] = lock.isHeldByCurrentThread());
          insert(c, "a");
          return null;
        });

    assertThat(heldBeforeCommit[0]).isTrue();
    assertThat(lock.isLocked()).isFalse();
    assertThat(countCommitted()).isEqualTo(1);
  }

  @Test
  void aLockHeldUntilTheEndIsReleasedWhenTheTransactionRollsBack() {
    ReentrantLock lock = new ReentrantLock();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      transactions.holdUntilEnd(lock);
                      insert(c, "a");
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");

    assertThat(lock.isLocked()).isFalse();
    assertThat(countCommitted()).isZero();
  }

  @Test
  void aLockIsNotTakenOutsideATransactionNorInAJoinedOneWhoseEndIsNotSeen() throws SQLException {
    ReentrantLock lock = new ReentrantLock();

    assertThat(transactions.holdUntilEnd(lock)).isFalse();
    try (Connection owner = dataSource.getConnection()) {
      owner.setAutoCommit(false);
      transactions.joining(
          owner,
          c -> {
            assertThat(transactions.holdUntilEnd(lock)).isFalse();
            return null;
          });
      owner.rollback();
    }
    assertThat(lock.isLocked()).isFalse();
  }

  private static void insert(Connection c, String text) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("insert into notes (text) values (?)")) {
      insert.setString(1, text);
      insert.executeUpdate();
    }
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from notes where text not like 'summary%'")) {
      r.next();
      return r.getLong(1);
    }
  }

  private long countCommitted() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from notes")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HikariDataSource dataSource(TestDatabase database) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }
}
