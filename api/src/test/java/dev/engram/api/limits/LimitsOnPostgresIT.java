package dev.engram.api.limits;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** {@link LimitsIT} on the PostgreSQL server (127.0.0.1:5432). */
@MicronautTest(transactional = false)
class LimitsOnPostgresIT extends LimitsIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
