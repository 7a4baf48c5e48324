package dev.engram.memory.store.jdbc;

import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.MemoryStoreContract;
import dev.engram.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcMemoryStoreOnPostgresIT extends MemoryStoreContract {
  private final JdbcMemoryStoreFixture fixture =
      new JdbcMemoryStoreFixture(TestDatabase.postgres());

  @Override
  protected MemoryStore store() {
    return fixture.store();
  }

  @AfterAll
  void dropDatabase() {
    fixture.close();
  }
}
