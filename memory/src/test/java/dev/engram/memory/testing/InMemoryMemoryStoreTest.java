package dev.engram.memory.testing;

import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;

class InMemoryMemoryStoreTest extends MemoryStoreContract {
  private final MemoryStore store = new InMemoryMemoryStore();

  @Override
  protected MemoryStore store() {
    return store;
  }
}
