package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.testing.Memories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StartCompactionTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void findsTheFileOfAnEmbeddedDatabaseOnly() {
    assertThat(H2StartCompaction.databaseFile("jdbc:h2:file:/data/db/engram;MODE=PostgreSQL"))
        .contains(Path.of("/data/db/engram.mv.db"));
    assertThat(H2StartCompaction.databaseFile("jdbc:h2:file:/data/engram"))
        .contains(Path.of("/data/engram.mv.db"));
    assertThat(H2StartCompaction.databaseFile("jdbc:h2:file:~/engram;WRITE_DELAY=0"))
        .contains(Path.of(System.getProperty("user.home") + "/engram.mv.db"));
    assertThat(H2StartCompaction.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
    assertThat(H2StartCompaction.databaseFile("jdbc:h2:tcp://localhost/~/engram")).isEmpty();
    assertThat(H2StartCompaction.databaseFile("jdbc:postgresql://127.0.0.1:5432/engram")).isEmpty();
  }

  @Test
  void packsAFileThatDeletesLeftHalfEmptyAndKeepsEveryRow() throws Exception {
    List<Memory> kept;
    try (HikariDataSource dataSource = fileDatabase()) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      List<Memory> memories = H2Files.memories(4_000, 20, "user", NOW);
      H2Files.insert(store, memories, 200);
      // every other user goes: their rows are spread over every page of the tables
      for (int user = 0; user < 20; user += 2) {
        store.deleteUser("app", "user-" + user);
      }
      kept =
          memories.stream()
              .filter(m -> Integer.parseInt(m.userId().substring(5)) % 2 == 1)
              .toList();
    }
    long before = Files.size(file());

    H2StartCompaction.Outcome outcome =
        H2StartCompaction.compact(file(), H2Files.url(dir), "sa", "").orElseThrow();

    assertThat(outcome.bytesBefore()).isEqualTo(before);
    assertThat(outcome.bytesAfter()).isEqualTo(Files.size(file())).isLessThan(before * 2 / 3);
    assertThat(dir.resolve("engram.mv.db.tempFile")).doesNotExist();
    try (HikariDataSource dataSource = fileDatabase()) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      assertThat(
              store
                  .list("app", MemoryFilter.allUsers(), MemoryFilter.Sort.NEWEST_FIRST, 10, 0, NOW)
                  .total())
          .isEqualTo(kept.size());
      Memory one = kept.get(123);
      assertThat(store.find("app", one.id(), NOW)).contains(one);
    }
  }

  @Test
  void leavesAFileThatIsInUseAndAMissingOneAlone() throws Exception {
    assertThat(H2StartCompaction.compact(file(), H2Files.url(dir), "sa", "")).isEmpty();
    try (HikariDataSource dataSource = fileDatabase()) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      Memory memory = memory();
      store.insert("app", List.of(memory), List.of());

      assertThatThrownBy(() -> H2StartCompaction.compact(file(), H2Files.url(dir), "sa", ""))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use");
      assertThat(store.find("app", memory.id(), NOW)).contains(memory);
    }
  }

  @Test
  void packsTheFileAKilledProcessLeftWithATransactionOpen(@TempDir Path crashed) throws Exception {
    Memory committed = memory();
    Memory uncommitted = memory();
    try (HikariDataSource dataSource = fileDatabase()) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      store.insert("app", List.of(committed), List.of());
      try (Connection open = dataSource.getConnection()) {
        open.setAutoCommit(false);
        try (PreparedStatement update =
            open.prepareStatement("update memories set content = 'not committed' where id = ?")) {
          update.setString(1, committed.id());
          assertThat(update.executeUpdate()).isEqualTo(1);
        }
        // a commit of another session writes a chunk holding the open transaction's pages too
        store.insert("app", List.of(uncommitted.toBuilder().content("later").build()), List.of());
        // what kill -9 leaves: every write is in the file (WRITE_DELAY=0), nothing was closed
        Files.copy(file(), crashed.resolve("engram.mv.db"));
        open.rollback();
      }
    }

    assertThat(
            H2StartCompaction.compact(
                crashed.resolve("engram.mv.db"), H2Files.url(crashed), "sa", ""))
        .isPresent();

    try (HikariDataSource dataSource = H2Files.open(H2Files.url(crashed))) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      assertThat(store.find("app", committed.id(), NOW)).contains(committed);
      assertThat(store.find("app", uncommitted.id(), NOW).orElseThrow().content())
          .isEqualTo("later");
    }
  }

  private static Memory memory() {
    return Memories.memory("u", "a statement", NOW).id(MemoryIds.memory()).build();
  }

  private Path file() {
    return dir.resolve("engram.mv.db");
  }

  private HikariDataSource fileDatabase() {
    return H2Files.open(H2Files.url(dir));
  }
}
