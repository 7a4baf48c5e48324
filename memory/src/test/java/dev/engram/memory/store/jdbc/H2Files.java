package dev.engram.memory.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.testing.Memories;
import dev.engram.memory.testing.MigratedH2;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** H2 file databases for the tests of what happens to the file, and memories to fill them. */
final class H2Files {
  private H2Files() {}

  /** The URL of the database {@code engram} in {@code directory}, as Engram opens it. */
  static String url(Path directory) {
    return "jdbc:h2:file:"
        + directory.resolve("engram")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  }

  /** A pool on the database of {@code url}, migrated first. */
  static HikariDataSource open(String url) {
    return MigratedH2.open(url, 2);
  }

  /** {@code count} memories of {@code users} users, {@code kind-0} to {@code kind-(users-1)}. */
  static List<Memory> memories(int count, int users, String kind, Instant now) {
    List<Memory> memories = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      memories.add(
          Memories.memory(kind + "-" + (i % users), kind + " statement " + i, now)
              .id(MemoryIds.memory())
              .build());
    }
    return memories;
  }

  /** Inserts the memories in commits of {@code batch}. */
  static void insert(MemoryStore store, List<Memory> memories, int batch) {
    for (int from = 0; from < memories.size(); from += batch) {
      store.insert(
          "app", memories.subList(from, Math.min(memories.size(), from + batch)), List.of());
    }
  }
}
