package dev.engram.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.CountingEmbedder;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexMaintenanceTest {
  private static final String APP = "app_reindex";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();

  @Test
  void rebuildReembedsVectorsOfAnOldModelAndIndexesEverythingLive() {
    HashingEmbedder old = new HashingEmbedder();
    MemoryWriter writer = new MemoryWriter(store, index, old, MemoryLimits.defaults(), clock, null);
    List<Memory> added =
        writer.add(APP, "k", List.of(NewMemory.of("u1", "one"), NewMemory.of("u1", "two")));
    writer.delete(APP, "k", added.get(1).id(), null);
    CountingEmbedder current = new CountingEmbedder(new HashingEmbedder(), "new-model");

    IndexMaintenance.Report report = new IndexMaintenance(store, index, current).rebuild(APP);

    assertThat(report.reembedded()).isEqualTo(2);
    assertThat(report.indexed()).isEqualTo(1);
    assertThat(index.count(APP)).isEqualTo(1);
    assertThat(store.find(APP, added.get(0).id(), clock.instant()).orElseThrow().embeddingModel())
        .isEqualTo("new-model");
    assertThat(index.vectorSearch(APP, current.embed("one"), MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(added.get(0).id());
  }
}
