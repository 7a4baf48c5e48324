package dev.engram.memory.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  /** The transaction of the current thread: its connection and what waits for its commit. */
  private record Bound(Connection connection, List<Runnable> afterCommit) {}

  private final DataSource raw;
  private final ThreadLocal<Bound> bound = new ThreadLocal<>();
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
    Bound current = bound.get();
    try {
      if (current != null) {
        return work.run(current.connection());
      }
      Bound transaction;
      T result;
      try (Connection connection = raw.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        transaction = new Bound(connection, new ArrayList<>());
        bound.set(transaction);
        try {
          result = work.run(connection);
          connection.commit();
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          bound.remove();
          connection.setAutoCommit(autoCommit);
        }
      }
      runAfterCommit(transaction.afterCommit());
      return result;
    } catch (SQLException e) {
      throw Sql.failure("database statement failed", e);
    }
  }

  /**
   * Runs the work on a connection whose transaction someone else owns (e.g. a Micronaut
   * {@code @Transactional} method's): everything done through this class, job scheduling included,
   * commits or rolls back with that transaction. Actions {@link #afterCommit} registers meanwhile
   * run when the work returns: the owner's commit is not visible from here.
   */
  public <T> T joining(Connection connection, Work<T> work) {
    requireNonNull(connection, "connection is null");
    Bound previous = bound.get();
    Bound joined = new Bound(connection, new ArrayList<>());
    bound.set(joined);
    try {
      T result = work.run(connection);
      runAfterCommit(joined.afterCommit());
      return result;
    } catch (SQLException e) {
      throw Sql.failure("database statement failed", e);
    } finally {
      if (previous == null) {
        bound.remove();
      } else {
        bound.set(previous);
      }
    }
  }

  /**
   * Runs the action once the current transaction has committed (at once when there is none); never
   * when it rolls back. What follows a commit and must not be undone by a rollback (indexing,
   * notifying observers of committed changes) goes here. A failing action is logged and does not
   * affect the committed work or the other actions.
   */
  public void afterCommit(Runnable action) {
    Bound current = bound.get();
    if (current == null) {
      runAfterCommit(List.of(action));
    } else {
      current.afterCommit().add(action);
    }
  }

  /** Whether the current thread is inside a transaction. */
  public boolean inTransaction() {
    return bound.get() != null;
  }

  private static void runAfterCommit(List<Runnable> actions) {
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.error("an action after a commit failed", e);
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
      Bound current = bound.get();
      return current != null ? joined(current.connection()) : raw.getConnection();
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
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
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
