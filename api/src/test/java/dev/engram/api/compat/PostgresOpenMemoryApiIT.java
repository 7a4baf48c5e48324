package dev.engram.api.compat;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** The OpenMemory API on PostgreSQL: agent profiles (V5_0) and memories as on H2. */
@MicronautTest(transactional = false)
class PostgresOpenMemoryApiIT extends OpenMemoryApiIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
