package dev.engram.memory.transfer;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryTransferTest {
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private String export(MemoryTransfer transfer, String app) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    transfer.export(app, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void roundTripsMemoriesWithHistoryAndIsIdempotent() {
    MemoryTransfer transfer =
        new MemoryTransfer(store, index, embedder, MemoryLimits.defaults(), clock);
    List<Memory> added =
        writer.add(
            "src",
            "k",
            List.of(NewMemory.of("u1", "likes sushi"), NewMemory.of("u1", "lives in Tokyo")));
    writer.relate("src", "k", added.get(0).id(), added.get(1).id(), "related_to");
    String ndjson = export(transfer, "src");

    ImportSummary first = transfer.importFrom("dst", "k", in(ndjson));
    ImportSummary again = transfer.importFrom("dst", "k", in(ndjson));

    assertThat(first.imported()).isEqualTo(2);
    assertThat(first.relations()).isEqualTo(1);
    assertThat(first.reembedded()).isZero();
    assertThat(again.imported()).isZero();
    assertThat(again.skipped()).isEqualTo(2);
    Memory copy = store.find("dst", added.get(0).id(), clock.instant()).orElseThrow();
    assertThat(copy).isEqualTo(added.get(0));
    assertThat(store.events("dst", copy.id()))
        .extracting(e -> e.type().name())
        .containsExactly("ADD", "RELATE", "IMPORT");
    assertThat(index.count("dst")).isEqualTo(2);
  }

  @Test
  void reembedsVectorsOfAnotherModel() {
    writer.add("src", "k", List.of(NewMemory.of("u2", "plays the piano")));
    String ndjson =
        export(new MemoryTransfer(store, index, embedder, MemoryLimits.defaults(), clock), "src");
    CountingEmbedder other = new CountingEmbedder(new HashingEmbedder(), "other-model");

    ImportSummary summary =
        new MemoryTransfer(store, index, other, MemoryLimits.defaults(), clock)
            .importFrom("dst", "k", in(ndjson));

    assertThat(summary.reembedded()).isEqualTo(1);
    assertThat(
            store
                .list(
                    "dst",
                    MemoryFilter.user("u2"),
                    MemoryFilter.Sort.NEWEST_FIRST,
                    10,
                    0,
                    clock.instant())
                .memories())
        .singleElement()
        .satisfies(m -> assertThat(m.embeddingModel()).isEqualTo("other-model"));
  }

  @Test
  void reportsBadLinesAndKeepsGoodOnes() {
    writer.add("src", "k", List.of(NewMemory.of("u3", "good line")));
    String good =
        export(new MemoryTransfer(store, index, embedder, MemoryLimits.defaults(), clock), "src");

    ImportSummary summary =
        new MemoryTransfer(store, index, embedder, MemoryLimits.defaults(), clock)
            .importFrom("dst", "k", in("{not json\n" + good + "{\"memory\":{\"id\":\"x\"}}\n"));

    assertThat(summary.lines()).isEqualTo(3);
    assertThat(summary.imported()).isEqualTo(1);
    assertThat(summary.failed()).isEqualTo(2);
    assertThat(summary.errors())
        .anySatisfy(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.code()).isEqualTo("invalid_json");
            })
        .anySatisfy(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.field()).isEqualTo("memory.id");
            });
  }
}
