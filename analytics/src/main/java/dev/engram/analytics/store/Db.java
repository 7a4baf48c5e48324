package dev.engram.analytics.store;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain-JDBC units of work of the analytics module, on the relational database. A unit that fails
 * on a unique violation (two writers creating the same rollup row at once) is run again.
 */
@Singleton
public final class Db {
  /** Work on one connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final String UNIQUE_VIOLATION = "23505";
  private static final int ATTEMPTS = 4;

  private final DataSource dataSource;

  public Db(DataSource dataSource) {
    this.dataSource =
        DelegatingDataSource.unwrapDataSource(requireNonNull(dataSource, "dataSource is null"));
  }

  /** Runs the work in a transaction; retried when it clashed with a concurrent insert. */
  public <T> T inTransaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && isUniqueViolation(e)) {
          continue;
        }
        throw new AnalyticsException(
            AnalyticsErrorCode.STORE_FAILED, "analytics database statement failed", null, e);
      }
    }
  }

  /** Runs read-only work on a connection of its own (auto-commit). */
  public <T> T read(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new AnalyticsException(
          AnalyticsErrorCode.STORE_FAILED, "analytics database statement failed", null, e);
    }
  }

  public static void bind(PreparedStatement statement, List<?> values) throws SQLException {
    int index = 1;
    for (Object value : values) {
      bind(statement, index++, value);
    }
  }

  public static void bind(PreparedStatement statement, int index, @Nullable Object value)
      throws SQLException {
    switch (value) {
      case null -> statement.setNull(index, Types.NULL);
      case Instant instant ->
          statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      case LocalDate date -> statement.setObject(index, date);
      default -> statement.setObject(index, value);
    }
  }

  public static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable current = e; current != null; current = current.getCause()) {
      if (current instanceof SQLException s) {
        for (SQLException next = s; next != null; next = next.getNextException()) {
          if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
