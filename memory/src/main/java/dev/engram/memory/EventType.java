package dev.engram.memory;

/** What happened to a memory; the event log is the memory's history. */
public enum EventType {
  ADD,
  UPDATE,
  DELETE,
  REINFORCE,
  SKIP,
  EXPIRE,
  IMPORT,
  RELATE
}
