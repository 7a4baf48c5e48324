package dev.engram.realtime;

import dev.engram.testing.TestDatabase;

/** The outbox contract on the embedded H2 database (PostgreSQL mode), the default. */
class OutboxH2Test extends OutboxContract {
  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
