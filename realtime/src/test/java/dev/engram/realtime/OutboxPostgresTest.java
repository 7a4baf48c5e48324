package dev.engram.realtime;

import dev.engram.testing.TestDatabase;

/** The outbox contract on PostgreSQL (the server on this machine). */
class OutboxPostgresTest extends OutboxContract {
  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
