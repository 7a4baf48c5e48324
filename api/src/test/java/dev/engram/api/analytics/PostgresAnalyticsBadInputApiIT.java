package dev.engram.api.analytics;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** The bad learning and analytics bodies on PostgreSQL, where a NUL character fails a write. */
@MicronautTest(transactional = false)
class PostgresAnalyticsBadInputApiIT extends AnalyticsBadInputApiIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
