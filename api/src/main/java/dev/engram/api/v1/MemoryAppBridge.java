package dev.engram.api.v1;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.index.IndexMaintenance;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.purge.AppPurges;
import dev.engram.memory.store.MemoryStore;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
import dev.engram.tenancy.app.Apps;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects tenancy to the memory engine: a new app gets its collections and indexes (and its Atlas
 * search indexes), a deleted app is purged (the purge is recorded in the deletion's transaction,
 * runs as a durable job and refuses the app's writes from the commit on), and background work
 * learns which apps exist.
 */
@Singleton
final class MemoryAppBridge
    implements AppLifecycleListener, AppDirectory, ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(MemoryAppBridge.class);

  private final MemoryStore store;
  private final MemoryIndex index;
  private final AppPurges purges;
  private final TransactionOperations<Connection> transactions;
  // a provider: Apps itself is told about app changes through this bridge
  private final BeanProvider<Apps> apps;
  private final BeanProvider<IndexMaintenance> maintenance;

  MemoryAppBridge(
      MemoryStore store,
      MemoryIndex index,
      AppPurges purges,
      TransactionOperations<Connection> transactions,
      BeanProvider<Apps> apps,
      BeanProvider<IndexMaintenance> maintenance) {
    this.store = store;
    this.index = index;
    this.purges = purges;
    this.transactions = transactions;
    this.apps = apps;
    this.maintenance = maintenance;
  }

  @Override
  public void appCreated(App app) {
    store.createApp(app.id());
    index.createApp(app.id());
  }

  /** Called inside the deletion's transaction ({@code Apps.delete} is transactional). */
  @Override
  public void appDeleted(App app) {
    String appId = app.id();
    purges.request(transactions.getConnection(), appId);
    transactions
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        purges.started(appId);
                      }
                    }),
            () -> purges.started(appId));
  }

  @Override
  public List<String> appIds() {
    return apps.get().allIds();
  }

  /**
   * Collections and indexes (Atlas search indexes included) of apps created before this store or
   * index was configured, and the MongoDB store's repair of each app on a server without
   * transactions; then, in the background, the index catches up with whatever the store holds that
   * it may have missed.
   */
  @Override
  public void onApplicationEvent(StartupEvent event) {
    List<String> ids = apps.get().allIds();
    for (String id : ids) {
      store.createApp(id);
      index.createApp(id);
    }
    Thread.ofVirtual()
        .name("engram-index-catch-up")
        .start(
            () -> {
              for (String id : ids) {
                try {
                  maintenance.get().catchUp(id);
                } catch (RuntimeException e) {
                  LOG.error("index catch-up of app {} failed; run ./engram reindex", id, e);
                }
              }
            });
  }
}
