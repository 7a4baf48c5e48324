package dev.engram.memory.testing;

import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import java.util.Map;

class InMemoryMemoryStoreTest extends MemoryStoreContract {
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();

  @Override
  protected MemoryStore store() {
    return store;
  }

  @Override
  protected Map<String, Long> storage(String appId) {
    return store.storage(appId);
  }
}
