package dev.engram.memory.task;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Plain-JDBC units of work on the relational database that the job scheduler can join: inside
 * {@link #inTransaction}, the connection {@link #dataSource()} hands out is the transaction's own,
 * so a task row and its scheduled job are committed (or rolled back) together.
 */
@Singleton
public final class Transactions {
  /** Work on one connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource raw;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();
  private final DataSource joining;

  public Transactions(DataSource dataSource) {
    this.raw =
        DelegatingDataSource.unwrapDataSource(requireNonNull(dataSource, "dataSource is null"));
    this.joining = new JoiningDataSource();
  }

  /**
   * Runs the work in a transaction (or inside the current one): committed when it returns, rolled
   * back when it throws.
   */
  public <T> T inTransaction(Work<T> work) {
    Connection current = bound.get();
    try {
      if (current != null) {
        return work.run(current);
      }
      try (Connection connection = raw.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        bound.set(connection);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          bound.remove();
          connection.setAutoCommit(autoCommit);
        }
      }
    } catch (SQLException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "database statement failed: " + e.getMessage(), null, e);
    }
  }

  /**
   * Runs the work on a connection whose transaction someone else owns (e.g. a Micronaut
   * {@code @Transactional} method's): everything done through this class, job scheduling included,
   * commits or rolls back with that transaction.
   */
  public <T> T joining(Connection connection, Work<T> work) {
    requireNonNull(connection, "connection is null");
    Connection previous = bound.get();
    bound.set(connection);
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "database statement failed: " + e.getMessage(), null, e);
    } finally {
      if (previous == null) {
        bound.remove();
      } else {
        bound.set(previous);
      }
    }
  }

  /** A data source that hands out the current transaction's connection when there is one. */
  public DataSource dataSource() {
    return joining;
  }

  private Connection joined(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close", "commit", "setAutoCommit" -> {
                  return null;
                }
                case "isClosed" -> {
                  return false;
                }
                default -> {
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }
              }
            });
  }

  private final class JoiningDataSource implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      Connection current = bound.get();
      return current != null ? joined(current) : raw.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return raw.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      raw.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      raw.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return raw.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return raw.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return raw.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return raw.isWrapperFor(iface);
    }
  }
}
