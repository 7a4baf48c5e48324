package dev.engram.api.idempotency;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** {@link IdempotencyIT} on the PostgreSQL server (127.0.0.1:5432). */
@MicronautTest(transactional = false)
class IdempotencyOnPostgresIT extends IdempotencyIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
