package dev.engram.api.limits;

import dev.engram.memory.Memory;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Puts {@link AppQuotas} in front of the memory store's {@code insert}, whichever store it is (the
 * same dynamic-proxy shape as the purge's StoreGuard): every write path (direct store, batch, agent
 * fast path, ingestion, import) passes there, inside its unit of work, so a refused insert stores
 * nothing.
 */
@Singleton
final class QuotaGuard implements BeanCreatedEventListener<MemoryStore> {
  private final BeanProvider<AppQuotas> quotas;

  QuotaGuard(BeanProvider<AppQuotas> quotas) {
    this.quotas = quotas;
  }

  @Override
  @SuppressWarnings("unchecked")
  public MemoryStore onCreated(BeanCreatedEvent<MemoryStore> event) {
    MemoryStore store = event.getBean();
    return (MemoryStore)
        Proxy.newProxyInstance(
            MemoryStore.class.getClassLoader(),
            new Class<?>[] {MemoryStore.class},
            (proxy, method, args) -> {
              boolean insert =
                  method.getName().equals("insert")
                      && args != null
                      && args.length == 3
                      && args[0] instanceof String
                      && args[1] instanceof List<?>;
              if (insert) {
                return quotas
                    .get()
                    .withRoom(
                        (String) args[0], (List<Memory>) args[1], () -> call(store, method, args));
              }
              return call(store, method, args);
            });
  }

  private static Object call(MemoryStore store, Method method, Object[] args) {
    try {
      return method.invoke(store, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
