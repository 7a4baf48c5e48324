package dev.engram.api.ops;

import dev.engram.testing.TestDatabase;

/** {@link AppDeletionContract} on the PostgreSQL server (127.0.0.1:5432). */
class AppDeletionOnPostgresIT extends AppDeletionContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }
}
