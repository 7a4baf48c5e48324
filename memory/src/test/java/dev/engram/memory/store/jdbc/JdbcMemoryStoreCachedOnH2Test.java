package dev.engram.memory.store.jdbc;

import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import dev.engram.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The store contract on H2 with the cache of hot memories on, as the embedded default runs it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcMemoryStoreCachedOnH2Test extends MemoryStoreContract {
  private final JdbcMemoryStoreFixture fixture =
      new JdbcMemoryStoreFixture(TestDatabase.h2(), "", 1_000);

  @Override
  protected MemoryStore store() {
    return fixture.store();
  }

  @Override
  protected Map<String, Long> storage(String appId) {
    return fixture.storage(appId);
  }

  @AfterAll
  void closeDatabase() {
    fixture.close();
  }
}
