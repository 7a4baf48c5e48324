package dev.engram.api.compat;

import dev.engram.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;

/** The ElevenLabs webhooks on PostgreSQL: settings and accepted conversations (V5_1) as on H2. */
@MicronautTest(transactional = false)
class PostgresElevenLabsWebhookIT extends ElevenLabsWebhookIT {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }
}
