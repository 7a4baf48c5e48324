package dev.engram.api.realtime;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** {@link TransactionalOutboxIT} on the PostgreSQL server (127.0.0.1:5432). */
@MicronautTest(transactional = false)
class TransactionalOutboxPostgresIT extends TransactionalOutboxIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
