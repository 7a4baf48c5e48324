package dev.engram.memory.task;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.store.jdbc.Transactions;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which apps are being deleted, so that no write lands in them: the stores, the task queue and the
 * batcher ask it before they write. An app is closed on this instance the moment its deletion
 * commits ({@link #close}); other instances learn it from {@code app_purges} (read again at most
 * every {@link #REFRESH}). A closed app never opens again: app ids are never reused.
 */
@Singleton
public final class AppGate {
  /** How stale this instance's view of {@code app_purges} may get. */
  public static final Duration REFRESH = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(AppGate.class);

  private final Set<String> closed = ConcurrentHashMap.newKeySet();
  private final BeanProvider<Transactions> transactions;
  private final AtomicLong nextRefresh = new AtomicLong(System.nanoTime());

  public AppGate(BeanProvider<Transactions> transactions) {
    this.transactions = transactions;
  }

  /** Refuses writes for the app from now on, on this instance. */
  public void close(String appId) {
    closed.add(appId);
  }

  /** Whether the app is being (or was) deleted. */
  public boolean isClosed(String appId) {
    refreshIfDue();
    return closed.contains(appId);
  }

  /** Throws {@code app_not_found} when the app is being deleted. */
  public void requireOpen(String appId) {
    if (isClosed(appId)) {
      throw new MemoryException(
          MemoryErrorCode.APP_NOT_FOUND, "app not found: it has been deleted");
    }
  }

  private void refreshIfDue() {
    long due = nextRefresh.get();
    long now = System.nanoTime();
    if (now - due < 0
        || !transactions.isPresent()
        || !nextRefresh.compareAndSet(due, now + REFRESH.toNanos())) {
      return;
    }
    try {
      closed.addAll(
          transactions
              .get()
              .inTransaction(
                  c -> {
                    Set<String> ids = new HashSet<>();
                    try (PreparedStatement s = c.prepareStatement("select app_id from app_purges");
                        ResultSet r = s.executeQuery()) {
                      while (r.next()) {
                        ids.add(r.getString(1));
                      }
                    }
                    return ids;
                  }));
    } catch (RuntimeException e) {
      LOG.warn("could not read the apps being deleted; using what this instance knows", e);
    }
  }
}
