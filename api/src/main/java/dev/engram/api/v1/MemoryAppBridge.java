package dev.engram.api.v1;

import dev.engram.memory.AppDirectory;
import dev.engram.memory.index.IndexMaintenance;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
import dev.engram.tenancy.app.Apps;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects tenancy to the memory engine: a new app gets its collections and indexes, a deleted app
 * loses its memories, and background work learns which apps exist.
 */
@Singleton
final class MemoryAppBridge
    implements AppLifecycleListener, AppDirectory, ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(MemoryAppBridge.class);

  private final MemoryStore store;
  private final MemoryIndex index;
  // a provider: Apps itself is told about app changes through this bridge
  private final BeanProvider<Apps> apps;
  private final BeanProvider<IndexMaintenance> maintenance;

  MemoryAppBridge(
      MemoryStore store,
      MemoryIndex index,
      BeanProvider<Apps> apps,
      BeanProvider<IndexMaintenance> maintenance) {
    this.store = store;
    this.index = index;
    this.apps = apps;
    this.maintenance = maintenance;
  }

  @Override
  public void appCreated(App app) {
    store.createApp(app.id());
  }

  @Override
  public void appDeleted(App app) {
    store.dropApp(app.id());
    index.dropApp(app.id());
  }

  @Override
  public List<String> appIds() {
    return apps.get().allIds();
  }

  /**
   * Collections and indexes of apps created before this store was configured, then, in the
   * background, the index catches up with whatever the store holds that it may have missed.
   */
  @Override
  public void onApplicationEvent(StartupEvent event) {
    List<String> ids = apps.get().allIds();
    ids.forEach(store::createApp);
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
