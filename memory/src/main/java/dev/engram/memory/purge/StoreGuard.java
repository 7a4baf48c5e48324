package dev.engram.memory.purge;

import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.task.AppGate;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Puts the {@link AppGate} in front of the memory store, whichever it is: writes for an app being
 * deleted throw {@code app_not_found}; access and feedback counting and collection creation for it
 * are skipped; reads and deletions pass. A dynamic proxy rather than a decorator class, so a method
 * added to {@link MemoryStore} passes through without an edit here (add it to {@link #REFUSED} if
 * it writes).
 */
@Singleton
final class StoreGuard implements BeanCreatedEventListener<MemoryStore> {
  static final Set<String> REFUSED = Set.of("insert", "update", "appendEvent", "addRelation");
  static final Set<String> SKIPPED = Set.of("recordAccess", "recordFeedback", "createApp");

  private final BeanProvider<AppGate> gate;

  StoreGuard(BeanProvider<AppGate> gate) {
    this.gate = gate;
  }

  @Override
  public MemoryStore onCreated(BeanCreatedEvent<MemoryStore> event) {
    return guard(event.getBean(), gate);
  }

  static MemoryStore guard(MemoryStore store, BeanProvider<AppGate> gate) {
    return (MemoryStore)
        Proxy.newProxyInstance(
            MemoryStore.class.getClassLoader(),
            new Class<?>[] {MemoryStore.class},
            (proxy, method, args) -> {
              if (args != null && args.length > 0 && args[0] instanceof String appId) {
                String name = method.getName();
                if (REFUSED.contains(name)) {
                  gate.get().requireOpen(appId);
                } else if (SKIPPED.contains(name) && gate.get().isClosed(appId)) {
                  return null;
                }
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
