package dev.engram.memory;

/** What kind of failure a memory error code stands for; the API maps it to a status. */
public enum ErrorKind {
  INVALID_INPUT,
  NOT_FOUND,
  CONFLICT,
  EXTERNAL,
  INTERNAL
}
