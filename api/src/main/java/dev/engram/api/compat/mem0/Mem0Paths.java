package dev.engram.api.compat.mem0;

/** Where the mem0 surface lives: mem0 clients take {@code <engram>/mem0} as their host. */
final class Mem0Paths {
  static final String BASE = "/mem0";

  private Mem0Paths() {}
}
