package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.store.MemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void reclaimsTheSpaceThatUpdatesLeaveInTheFileWhileItStaysOpen() throws Exception {
    try (HikariDataSource dataSource = fileDatabase()) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      List<Memory> memories = H2Files.memories(2_000, 10, "user", NOW);
      H2Files.insert(store, memories, 100);
      // access counts touch rows all over the table, one commit (a chunk) per flush
      for (int round = 0; round < 300; round++) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < 10; k++) {
          counts.put(memories.get((round * 37 + k * 211) % memories.size()).id(), 1);
        }
        store.recordAccess("app", counts, NOW.plusSeconds(round));
      }
      H2Compaction compaction = new H2Compaction(dataSource);
      long bloated = Files.size(file());

      H2Compaction.Outcome outcome = compaction.compact(100, 60_000).orElseThrow();

      assertThat(outcome.bytesBefore()).isEqualTo(bloated);
      assertThat(outcome.fillBefore()).isLessThan(50);
      assertThat(outcome.bytesAfter()).isLessThan(bloated / 2);
      assertThat(Files.size(file())).isEqualTo(outcome.bytesAfter());
      assertThat(outcome.fillAfter()).isGreaterThan(outcome.fillBefore());
      Memory read = store.find("app", memories.get(37).id(), NOW).orElseThrow();
      assertThat(read.content()).isEqualTo("user statement 37");
      assertThat(read.accessCount()).isPositive();
      assertThat(
              store
                  .list("app", MemoryFilter.allUsers(), MemoryFilter.Sort.NEWEST_FIRST, 10, 0, NOW)
                  .total())
          .isEqualTo(2_000);
    }
  }

  @Test
  void compactsAtTheLowThresholdOnlyWhileWritersAreBusy() {
    assertThat(H2Compaction.threshold(0)).isEqualTo(H2Compaction.FILL_THRESHOLD);
    assertThat(H2Compaction.threshold(H2Compaction.BUSY_COMMITS))
        .isEqualTo(H2Compaction.FILL_THRESHOLD);
    assertThat(H2Compaction.threshold(H2Compaction.BUSY_COMMITS + 1))
        .isEqualTo(H2Compaction.BUSY_FILL_THRESHOLD);
    assertThat(H2Compaction.BUSY_FILL_THRESHOLD).isLessThan(H2Compaction.FILL_THRESHOLD);
  }

  @Test
  void movesChunksIntoTheGapsThatDroppedChunksLeaveAndTruncatesTheFile() throws Exception {
    try (HikariDataSource dataSource = fileDatabase(";RETENTION_TIME=0")) {
      MemoryStore store = new JdbcMemoryStore(dataSource);
      List<Memory> early = H2Files.memories(3_000, 10, "early", NOW);
      H2Files.insert(store, early, 100);
      List<Memory> late = H2Files.memories(300, 10, "late", NOW);
      store.insert("app", late, List.of());
      // the early rows go: their chunks hold nothing live and are dropped, leaving holes before
      // the chunks of the late rows at the end of the file
      for (int user = 0; user < 10; user++) {
        store.deleteUser("app", "early-" + user);
      }
      H2Compaction compaction = new H2Compaction(dataSource);
      long bloated = Files.size(file());

      H2Compaction.Outcome outcome = compaction.closeGaps(80, 60_000).orElseThrow();

      assertThat(outcome.fillBefore()).isLessThan(80);
      assertThat(outcome.bytesAfter()).isLessThan(bloated / 2);
      assertThat(outcome.fillAfter()).isGreaterThan(outcome.fillBefore());
      assertThat(Files.size(file())).isEqualTo(outcome.bytesAfter());
      assertThat(store.find("app", late.get(7).id(), NOW).orElseThrow().content())
          .isEqualTo("late statement 7");
      assertThat(
              store
                  .list("app", MemoryFilter.allUsers(), MemoryFilter.Sort.NEWEST_FIRST, 10, 0, NOW)
                  .total())
          .isEqualTo(300);
    }
  }

  @Test
  void catchesUpForLongerOnceWhenAWriteBurstEnds() {
    long busy = H2Compaction.BUSY_COMMITS + 1;
    assertThat(H2Compaction.budget(true, 0)).isEqualTo(H2Compaction.CATCH_UP_MAX_MILLIS);
    assertThat(H2Compaction.budget(true, busy)).isEqualTo(H2Compaction.MAX_MILLIS);
    assertThat(H2Compaction.budget(false, 0)).isEqualTo(H2Compaction.MAX_MILLIS);
    assertThat(H2Compaction.budget(false, busy)).isEqualTo(H2Compaction.MAX_MILLIS);
    assertThat(H2Compaction.CATCH_UP_MAX_MILLIS).isGreaterThan(H2Compaction.MAX_MILLIS);
  }

  @Test
  void flushesTheFileAndKeepsDeadChunksForSecondsInsteadOfH2sDefault() throws Exception {
    try (HikariDataSource dataSource = fileDatabase()) {
      new JdbcMemoryStore(dataSource)
          .insert("app", H2Files.memories(10, 10, "synced", NOW), List.of());
      int before;
      try (var connection = dataSource.getConnection()) {
        before = H2Compaction.mvStore(connection).orElseThrow().getRetentionTime();
      }

      assertThat(new H2Compaction(dataSource).sync()).isTrue();

      try (var connection = dataSource.getConnection()) {
        assertThat(before).isGreaterThan(H2Compaction.RETENTION_MILLIS);
        assertThat(H2Compaction.mvStore(connection).orElseThrow().getRetentionTime())
            .isEqualTo(H2Compaction.RETENTION_MILLIS);
      }
    }
  }

  @Test
  void leavesOtherDatabasesAlone() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:compaction-" + MemoryIds.task() + ";DB_CLOSE_DELAY=-1");
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      assertThat(new H2Compaction(dataSource).compact(100, 1_000)).isEmpty();
      assertThat(new H2Compaction(dataSource).sync()).isFalse();
    }
  }

  private Path file() {
    return dir.resolve("engram.mv.db");
  }

  private HikariDataSource fileDatabase() {
    return fileDatabase("");
  }

  private HikariDataSource fileDatabase(String settings) {
    return H2Files.open(H2Files.url(dir) + settings);
  }
}
