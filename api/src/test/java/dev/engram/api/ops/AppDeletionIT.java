package dev.engram.api.ops;

import dev.engram.testing.TestDatabase;

/** {@link AppDeletionContract} on the embedded H2 database. */
class AppDeletionIT extends AppDeletionContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.h2();
  }
}
