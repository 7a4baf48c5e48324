package dev.engram.analytics;

/**
 * What happened to a memory, as the learning history sees it: ADD and IMPORT are facts learned,
 * UPDATE a correction, REINFORCE a confirmation, DELETE and EXPIRE facts forgotten, SKIP a
 * redundant statement, RELATE a link between two memories.
 */
public enum MemoryChange {
  ADD,
  UPDATE,
  REINFORCE,
  DELETE,
  SKIP,
  EXPIRE,
  IMPORT,
  RELATE
}
