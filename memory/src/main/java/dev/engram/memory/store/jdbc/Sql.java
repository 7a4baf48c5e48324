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

  /** Runs the work in a transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Transactions.Work<T> work) {
    return transactions.inTransaction(work);
  }

  static MemoryException failure(String message, SQLException e) {
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
