package dev.engram.tenancy.app;

/**
 * Told when an app is created or deleted, inside the same transaction: stores create their
 * collections and indexes, or drop the app's data.
 */
public interface AppLifecycleListener {
  default void appCreated(App app) {}

  default void appDeleted(App app) {}
}
