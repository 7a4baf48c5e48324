package dev.engram.memory.index.atlas;

import java.util.Map;

/** What the Atlas index tells operators ({@code /health}). */
public interface AtlasSearchStatus {
  /**
   * Apps whose Atlas Search / Vector Search indexes are still building (not yet queryable), each
   * with its indexes' states; empty when every app's indexes answer queries.
   */
  Map<String, String> building();
}
