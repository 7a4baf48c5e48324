package dev.engram.tenancy;

/** What kind of failure an error code stands for; each API family maps it to its own status. */
public enum ErrorType {
  /** The caller sent something malformed or out of bounds. */
  INVALID_INPUT,
  /** The caller did not prove who it is. */
  UNAUTHENTICATED,
  /** The caller is known but may not do this. */
  FORBIDDEN,
  /** The thing named does not exist (or is not visible to the caller). */
  NOT_FOUND,
  /** The caller tried too often; it may retry later. */
  TOO_MANY_REQUESTS,
  /** The request clashes with the current state (a duplicate name, a non-empty parent). */
  CONFLICT,
  /** A service Engram depends on failed. */
  EXTERNAL,
  /** A bug or an unexpected state inside Engram. */
  INTERNAL
}
