package dev.engram.api.v1;

import dev.engram.memory.AppDirectory;
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

/**
 * Connects tenancy to the memory engine: a new app gets its collections and indexes, a deleted app
 * loses its memories, and background work learns which apps exist.
 */
@Singleton
final class MemoryAppBridge
    implements AppLifecycleListener, AppDirectory, ApplicationEventListener<StartupEvent> {
  private final MemoryStore store;
  private final MemoryIndex index;
  // a provider: Apps itself is told about app changes through this bridge
  private final BeanProvider<Apps> apps;

  MemoryAppBridge(MemoryStore store, MemoryIndex index, BeanProvider<Apps> apps) {
    this.store = store;
    this.index = index;
    this.apps = apps;
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

  /** Collections and indexes of apps created before this store was configured. */
  @Override
  public void onApplicationEvent(StartupEvent event) {
    apps.get().allIds().forEach(store::createApp);
  }
}
