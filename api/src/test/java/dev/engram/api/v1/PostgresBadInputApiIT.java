package dev.engram.api.v1;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** The bad-input requests on PostgreSQL: same answers as on H2, nothing stored altered. */
@MicronautTest(transactional = false)
class PostgresBadInputApiIT extends BadInputApiIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
