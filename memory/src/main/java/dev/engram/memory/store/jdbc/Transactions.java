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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
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

  /**
   * Work that runs on a value of the transaction just before it commits, inside it: a failure rolls
   * the transaction back.
   */
  @FunctionalInterface
  public interface BeforeCommit<R> {
    void run(Connection connection, R value) throws SQLException;
  }

  /**
   * The transaction of the current thread: its connection, what runs just before its commit (by
   * key, with its value) and what waits for its commit.
   */
  private record Bound(
      Connection connection,
      boolean own,
      Map<Object, Pending<?>> beforeCommit,
      List<Runnable> afterCommit,
      List<Lock> held) {
    Bound(Connection connection, boolean own) {
      this(connection, own, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  /** A value bound to a transaction and the work that runs on it before the commit. */
  private record Pending<R>(R value, BeforeCommit<R> work) {
    void run(Connection connection) throws SQLException {
      work.run(connection, value);
    }
  }

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
        transaction = new Bound(connection, true);
        bound.set(transaction);
        try {
          result = work.run(connection);
          runBeforeCommit(transaction);
          connection.commit();
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          bound.remove();
          release(transaction.held());
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
   * commits or rolls back with that transaction. Work {@link #beforeCommit} and actions {@link
   * #afterCommit} register meanwhile run when the work returns: the owner's commit is not visible
   * from here.
   */
  public <T> T joining(Connection connection, Work<T> work) {
    requireNonNull(connection, "connection is null");
    Bound previous = bound.get();
    Bound joined = new Bound(connection, false);
    bound.set(joined);
    try {
      T result = work.run(connection);
      runBeforeCommit(joined);
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

  /**
   * The value bound to the current transaction under {@code key}: made by {@code create} on the
   * first call of the transaction, when {@code work} is registered to run on it just before the
   * commit, inside the transaction (after everything else the transaction did; a failure rolls it
   * back and reaches the caller of {@link #inTransaction}). Later calls with the same key return
   * the same value and register nothing. For checks that must see the transaction's whole work, and
   * locks best held only for the moment of the commit.
   *
   * @throws IllegalStateException when no transaction runs on this thread
   */
  public <R> R beforeCommit(Object key, Supplier<R> create, BeforeCommit<R> work) {
    Bound current = bound.get();
    if (current == null) {
      throw new IllegalStateException("no transaction runs on this thread");
    }
    @SuppressWarnings("unchecked")
    Pending<R> pending =
        (Pending<R>)
            current.beforeCommit().computeIfAbsent(key, k -> new Pending<>(create.get(), work));
    return pending.value();
  }

  /**
   * Takes {@code lock} and holds it until the current transaction ends, committed or rolled back
   * (released once the connection's commit or rollback has returned); false, without taking it,
   * when no transaction runs on this thread or the current one is {@link #joining joined} (its end
   * is not seen from here). For an in-process lock in front of a database row lock that concurrent
   * units of work take just before they commit: a waiter for the row would otherwise spin (H2
   * retries a row held by a transaction that is committing without waiting), a waiter for the lock
   * sleeps. A lock the transaction holds already is not taken twice.
   */
  public boolean holdUntilEnd(Lock lock) {
    Bound current = bound.get();
    if (current == null || !current.own()) {
      return false;
    }
    if (!current.held().contains(lock)) {
      lock.lock();
      current.held().add(lock);
    }
    return true;
  }

  private static void release(List<Lock> held) {
    for (int i = held.size() - 1; i >= 0; i--) {
      held.get(i).unlock();
    }
    held.clear();
  }

  private static void runBeforeCommit(Bound transaction) throws SQLException {
    for (Pending<?> pending : List.copyOf(transaction.beforeCommit().values())) {
      pending.run(transaction.connection());
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
