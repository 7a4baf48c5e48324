package dev.engram.memory.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;

/**
 * Settings of the memory store.
 *
 * @param hotMemories how many decoded memories the relational store keeps in a cache for its reads
 *     by id (a search's candidates), invalidated by every write; unset: 20,000 on the embedded H2
 *     (one process owns the database) and 0 (no cache) on a shared database such as PostgreSQL,
 *     where another instance's writes would not reach this one's cache. Each cached memory takes
 *     about 2-3 KB of heap (its embedding is most of it).
 */
@ConfigurationProperties("engram.store")
public record StoreConfiguration(@Nullable @Min(0) Integer hotMemories) {
  /** The cache size when none is set on an embedded database. */
  public static final int EMBEDDED_DEFAULT = 20_000;

  /** The cache size to use on a database that is embedded (owned by this process) or not. */
  public int hotMemoriesFor(boolean embedded) {
    if (hotMemories != null) {
      return hotMemories;
    }
    return embedded ? EMBEDDED_DEFAULT : 0;
  }
}
