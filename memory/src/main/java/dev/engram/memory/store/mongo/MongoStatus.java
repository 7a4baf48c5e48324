package dev.engram.memory.store.mongo;

/** What the MongoDB store tells operators ({@code /health}). */
public interface MongoStatus {
  /** The database holding the per-app collections ({@link MongoConfiguration#databaseName}). */
  String database();

  /**
   * Whether writes that belong together (a memory and its event, the two halves of a supersession)
   * are one multi-document transaction: true on a replica set or sharded cluster (Atlas); false on
   * a standalone server, where a start-up repair mends what a crash between them left.
   */
  boolean transactions();
}
