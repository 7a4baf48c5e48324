package dev.engram.memory.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.index.IndexConfiguration;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.IndexMaintenance;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index comes back in line with the store after it missed changes (a crash, a lost directory).
 */
class IndexCatchUpTest {
  private static final String APP = "app_catchup";
  private static final IndexConfiguration CONFIG =
      new IndexConfiguration("lucene", null, Duration.ofHours(1), 16, 100, 10_000);

  @TempDir Path root;
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final HashingEmbedder embedder = new HashingEmbedder();

  private List<Memory> writeWith(LuceneMemoryIndex index, String... contents) {
    MemoryWriter writer =
        new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);
    return writer.add(APP, "test", Stream.of(contents).map(c -> NewMemory.of("u1", c)).toList());
  }

  private List<String> search(LuceneMemoryIndex index, String text) {
    return index.vectorSearch(APP, embedder.embed(text), MemoryFilter.user("u1"), 10).stream()
        .map(IndexHit::id)
        .toList();
  }

  @Test
  void changesMadeWhileTheIndexWasDownAreCaughtUp() {
    List<Memory> written;
    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      written = writeWith(index, "Alice lives in Lisbon", "Alice owns a red bicycle");
    }
    // the store moves on without the index: one memory deleted, one added
    Memory deleted = written.get(1).toBuilder().status(MemoryStatus.DELETED).version(2).build();
    store.update(APP, deleted, 1, event(deleted));
    Memory added =
        written.get(0).toBuilder()
            .id("mem_addedwhiledown1")
            .content("Alice learns the piano")
            .embedding(embedder.embed("Alice learns the piano"), embedder.modelId())
            .build();
    store.insert(APP, List.of(added), List.of());

    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      int visited = new IndexMaintenance(store, index, embedder).catchUp(APP);

      assertThat(visited).isGreaterThanOrEqualTo(2);
      assertThat(search(index, "piano")).contains(added.id());
      assertThat(search(index, "bicycle")).doesNotContain(deleted.id());
    }
  }

  @Test
  void aLostIndexDirectoryIsRebuiltFromTheStore() throws IOException {
    List<Memory> written;
    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      written = writeWith(index, "Bob drinks green tea", "Bob plays chess");
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      assertThat(index.count(APP)).isZero();
      new IndexMaintenance(store, index, embedder).catchUp(APP);

      assertThat(index.count(APP)).isEqualTo(2);
      assertThat(search(index, "chess")).contains(written.get(1).id());
    }
  }

  @Test
  void anIndexWrittenBeforeItWasSortedByUserIsRefilledFromTheStore() throws IOException {
    List<Memory> written;
    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      written = writeWith(index, "Carol keeps bees", "Carol sails on weekends");
    }
    // the same app's index as an earlier version wrote it: segments in insertion order
    Path app = root.resolve(APP);
    try (Stream<Path> files = Files.walk(app)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Directory directory = FSDirectory.open(app);
        IndexWriter legacy =
            new IndexWriter(
                directory, new IndexWriterConfig().setCodec(LuceneCodecs.hnsw(16, 100)))) {
      Document stale = new Document();
      stale.add(new StringField(LuceneFields.ID, "mem_gonesincelongago", Field.Store.YES));
      legacy.addDocument(stale);
      legacy.commit();
    }
    try (Directory directory = FSDirectory.open(app)) {
      assertThat(AppIndex.unordered(directory)).isTrue();
    }

    try (LuceneMemoryIndex index = new LuceneMemoryIndex(CONFIG, root)) {
      assertThat(index.count(APP)).isZero();
      int visited = new IndexMaintenance(store, index, embedder).catchUp(APP);

      assertThat(visited).isEqualTo(2);
      assertThat(index.count(APP)).isEqualTo(2);
      assertThat(search(index, "bees")).contains(written.get(0).id());
    }
    try (Directory directory = FSDirectory.open(app)) {
      assertThat(AppIndex.unordered(directory)).isFalse();
    }
  }

  private MemoryEvent event(Memory memory) {
    return new MemoryEvent(
        "evt_catchup" + memory.version(),
        memory.id(),
        memory.userId(),
        EventType.DELETE,
        "test",
        null,
        List.of(),
        Map.of(),
        clock.instant());
  }
}
