package dev.engram.memory.store.jdbc;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Plain-JDBC units of work (in {@link Transactions}) and value binding. */
final class Sql {
  /** SQLSTATE of a unique or primary-key violation on H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  private final Transactions transactions;

  Sql(Transactions transactions) {
    this.transactions = transactions;
  }

  Transactions transactions() {
    return transactions;
  }

  /**
   * Whether the database is an embedded H2 (a file or in memory, not an H2 server): one process
   * owns it, so nothing else changes its rows.
   */
  static boolean embeddedH2(javax.sql.DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection()) {
      String url = c.getMetaData().getURL();
      return url != null
          && url.startsWith("jdbc:h2:")
          && !url.startsWith("jdbc:h2:tcp:")
          && !url.startsWith("jdbc:h2:ssl:");
    } catch (SQLException e) {
      throw failure("cannot read the database's metadata", e);
    }
  }

  /** Runs the work in a transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Transactions.Work<T> work) {
    return transactions.inTransaction(work);
  }

  /**
   * SQLSTATEs of a statement that lost to a concurrent transaction: serialization failure or
   * deadlock (H2 and PostgreSQL), PostgreSQL's deadlock and lock-not-available, and H2's lock
   * timeout (a row another transaction holds for longer than H2's lock timeout, e.g. a long
   * resolved batch on a loaded machine).
   */
  private static final Set<String> CONCURRENT = Set.of("40001", "40P01", "55P03", "HYT00");

  /**
   * The engine's error for a failed statement: {@code version_conflict} (409, worth another try,
   * and re-run by the resolved write path) when it lost to a concurrent transaction, else {@code
   * store_failed}.
   */
  static MemoryException failure(String message, SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s.getSQLState() != null && CONCURRENT.contains(s.getSQLState())) {
        return new MemoryException(
            MemoryErrorCode.VERSION_CONFLICT,
            "a concurrent write held what this write changes; try again ("
                + s.getMessage().lines().findFirst().orElse("")
                + ")",
            null,
            e);
      }
    }
    return new MemoryException(
        MemoryErrorCode.STORE_FAILED, message + ": " + e.getMessage(), null, e);
  }

  /** Binds the values from position 1 on; instants become timestamps with time zone. */
  static int bind(PreparedStatement statement, List<?> values) throws SQLException {
    int index = 1;
    for (Object value : values) {
      bind(statement, index++, value);
    }
    return index;
  }

  static void bind(PreparedStatement statement, int index, @Nullable Object value)
      throws SQLException {
    if (value instanceof Instant instant) {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else {
      statement.setObject(index, value);
    }
  }

  static void bindInstant(PreparedStatement statement, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code ?, ?, ?} for {@code count} values. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Whether the failure (or one it chains) is a unique or primary-key violation. */
  static boolean isUniqueViolation(SQLException e) {
    for (Throwable current = e; current != null; current = current.getCause()) {
      for (SQLException s = current instanceof SQLException q ? q : null;
          s != null;
          s = s.getNextException()) {
        if (Sql.UNIQUE_VIOLATION.equals(s.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }
}
