package dev.engram.memory.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.CountingEmbedder;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.testing.OffsetClock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoryWriterTest {
  private static final String APP = "app_writer";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final CountingEmbedder embedder = new CountingEmbedder(new HashingEmbedder(), "counting");
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private long stored(String user) {
    return store
        .list(
            APP, MemoryFilter.user(user), MemoryFilter.Sort.NEWEST_FIRST, 1000, 0, clock.instant())
        .total();
  }

  @Test
  void embedsABatchInOneCallAndIndexesIt() {
    List<NewMemory> batch =
        IntStream.range(0, 50).mapToObj(i -> NewMemory.of("u1", "fact number " + i)).toList();

    List<Memory> added = writer.add(APP, "key_1", batch);

    assertThat(added)
        .hasSize(50)
        .allSatisfy(m -> assertThat(m.embeddingModel()).isEqualTo("counting"));
    assertThat(embedder.batchCalls()).isEqualTo(1);
    assertThat(index.count(APP)).isEqualTo(50);
    assertThat(store.events(APP, added.get(0).id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ADD);
              assertThat(e.actor()).isEqualTo("key_1");
            });
  }

  @Test
  void oneBadItemRejectsTheWholeBatchNamingIt() {
    List<NewMemory> batch = List.of(NewMemory.of("u2", "fine"), NewMemory.of("u2", " "));

    assertThatThrownBy(() -> writer.add(APP, "k", batch))
        .isInstanceOfSatisfying(
            MemoryException.class, e -> assertThat(e.field()).contains("memories[1].content"));
    assertThat(stored("u2")).isZero();
    assertThat(embedder.batchCalls()).isZero();
  }

  @Test
  void anIndexFailureLosesNoAcceptedMemory() {
    index.failWrites(true);

    List<Memory> added =
        writer.add(APP, "k", List.of(NewMemory.of("u3", "kept despite the index")));

    assertThat(store.find(APP, added.get(0).id(), clock.instant())).isPresent();
  }

  @Test
  void refusesOperatorLookingMetadataKeys() {
    NewMemory sneaky =
        new NewMemory(
            null,
            "u4",
            null,
            null,
            null,
            null,
            "x",
            null,
            null,
            null,
            null,
            Map.of("nested", Map.of("$gt", 1)),
            null,
            null,
            null);

    assertThatThrownBy(() -> writer.add(APP, "k", List.of(sneaky)))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.INVALID_FIELD));
    assertThat(stored("u4")).isZero();
  }

  @Test
  void updateReembedsNewContentAndRecordsWhatChanged() {
    Memory original = writer.add(APP, "k", List.of(NewMemory.of("u5", "lives in Berlin"))).get(0);

    Memory updated =
        writer.update(
            APP,
            "k",
            original.id(),
            new MemoryPatch(
                "lives in Rome", null, null, null, null, 8, null, null, null, null, 1L));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.importance()).isEqualTo(8);
    assertThat(updated.embedding()).isNotEqualTo(original.embedding());
    assertThat(store.events(APP, original.id()))
        .extracting(e -> e.type())
        .containsExactly(EventType.ADD, EventType.UPDATE);
    assertThatThrownBy(
            () ->
                writer.update(
                    APP,
                    "k",
                    original.id(),
                    new MemoryPatch(null, null, null, null, null, 3, null, null, null, null, 1L)))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.VERSION_CONFLICT));
  }

  @Test
  void erasingAUserLeavesOthers() {
    writer.add(APP, "k", List.of(NewMemory.of("u6", "one"), NewMemory.of("u7", "two")));

    assertThat(writer.eraseUser(APP, "u6")).hasSize(1);

    assertThat(stored("u6")).isZero();
    assertThat(stored("u7")).isEqualTo(1);
  }
}
