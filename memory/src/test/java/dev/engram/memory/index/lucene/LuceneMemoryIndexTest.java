package dev.engram.memory.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.index.IndexConfiguration;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.index.MemoryIndexContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneMemoryIndexTest extends MemoryIndexContract {
  @TempDir Path directory;

  @Override
  protected MemoryIndex open() {
    IndexConfiguration configuration = IndexConfiguration.lucene(directory.toString());
    return new LuceneMemoryIndex(configuration, directory);
  }

  @Override
  protected boolean tellsKeywordScale() {
    return true;
  }

  /**
   * A keyword search takes in the writes aside that may change its answer (its user's documents,
   * deletions) and answers the same without the others' (which it does not wait to refresh for).
   */
  @Test
  void keywordSearchesSeeTheirUsersWritesAndDeletionsAtOnce() {
    String app = app("keywords-aside");
    Memory tea = memory("u1", "User drinks green tea every morning").build();
    upsert(app, tea, memory("u2", "User drinks black coffee").build());
    index.commit();

    Memory night = memory("u2", "User drinks green tea at night").build();
    upsert(app, night);
    assertThat(index.keywordSearch(app, "green tea", MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(tea.id());
    assertThat(index.keywordSearch(app, "green tea", MemoryFilter.user("u2"), 5))
        .extracting(IndexHit::id)
        .containsExactly(night.id());

    Memory matcha = memory("u1", "User whisks matcha green tea").build();
    upsert(app, matcha);
    upsert(app, memory("u2", "User drinks green tea with mint").build());
    assertThat(index.keywordSearch(app, "green tea", MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactlyInAnyOrder(tea.id(), matcha.id());
    index.delete(app, List.of(tea.id()));
    assertThat(index.keywordSearch(app, "green tea", MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(matcha.id());
    upsert(app, memory("u3", "User grows green tea").build());
    assertThat(index.keywordSearch(app, "green tea", MemoryFilter.allUsers(), 10)).hasSize(4);
  }

  /**
   * Vector searches score writes not yet in the searcher exactly, in place of their stale versions,
   * before and after the searcher is refreshed (by the commit, or by too many writes aside).
   */
  @Test
  void vectorSearchesSeeWritesTheSearcherDoesNotHoldYet() {
    String app = app("aside");
    Memory lisbon = memory("u1", "User lives in Lisbon").build();
    Memory dog = memory("u1", "User has a dog named Rex").build();
    upsert(app, lisbon, dog);
    index.commit(); // the searcher now holds both
    upsert(app, lisbon.toBuilder().status(MemoryStatus.SUPERSEDED).build());
    index.delete(app, List.of(dog.id()));
    Memory porto = memory("u1", "User lives in Porto").build();
    upsert(app, porto);

    float[] query = EMBEDDER.embed("User lives in Porto");
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(porto.id());
    assertThat(
            index.vectorSearch(
                app,
                query,
                MemoryFilter.user("u1").withStatuses(Set.of(MemoryStatus.SUPERSEDED)),
                5))
        .extracting(IndexHit::id)
        .containsExactly(lisbon.id());
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u2"), 5)).isEmpty();

    for (int i = 0; i < AppIndex.MAX_PENDING + 10; i++) {
      upsert(app, memory("u2", "filler " + i).build());
    }
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(porto.id());
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u2"), AppIndex.MAX_PENDING + 10))
        .hasSize(AppIndex.MAX_PENDING + 10);
    index.commit();
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(porto.id());
  }

  /**
   * A user's vector search reads the writes aside by user: its own documents and every deletion,
   * each id by its latest write — a deletion overtaken by a new write of the id hides nothing, and
   * other users' writes aside neither show nor hide anything of its own.
   */
  @Test
  void vectorSearchesReadTheWritesAsideOfTheirUserByLatestWrite() {
    String app = app("aside-by-user");
    Memory dog = memory("u1", "User has a dog named Rex").build();
    Memory cat = memory("u1", "User has a cat named Tom").build();
    Memory fish = memory("u2", "User has a goldfish").build();
    upsert(app, dog, cat, fish);
    index.commit();
    float[] query = EMBEDDER.embed("User has a pet");

    index.delete(app, List.of(dog.id(), fish.id()));
    upsert(app, dog.toBuilder().content("User has a dog named Max").build());
    Memory bird = memory("u2", "User has a parrot").build();
    upsert(app, bird);
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactlyInAnyOrder(dog.id(), cat.id());
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u2"), 5))
        .extracting(IndexHit::id)
        .containsExactly(bird.id());
    assertThat(index.vectorSearch(app, query, MemoryFilter.allUsers(), 5))
        .extracting(IndexHit::id)
        .containsExactlyInAnyOrder(dog.id(), cat.id(), bird.id());

    index.commit(); // the searcher takes in what was aside
    index.delete(app, List.of(cat.id()));
    upsert(app, bird.toBuilder().status(MemoryStatus.SUPERSEDED).build());
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u1"), 5))
        .extracting(IndexHit::id)
        .containsExactly(dog.id());
    assertThat(index.vectorSearch(app, query, MemoryFilter.user("u2"), 5)).isEmpty();
  }

  @Test
  void keepsOneDirectoryPerApp() {
    String app = app("dir");
    upsert(app, memory("u1", "on disk").build());
    assertThat(directory.resolve(app)).isDirectory();
    index.dropApp(app);
    assertThat(directory.resolve(app)).doesNotExist();
  }

  @Test
  void searchingAnUnknownAppCreatesNothing() {
    String app = app("ghost");
    assertThat(index.keywordSearch(app, "x", MemoryFilter.allUsers(), 3)).isEmpty();
    assertThat(index.count(app)).isZero();
    assertThat(Files.exists(directory.resolve(app))).isFalse();
  }

  @Test
  void rejectsAppIdsThatAreNotPlainNames() {
    assertThatThrownBy(() -> index.count("../escape"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.INVALID_FIELD));
  }

  @Test
  void rejectsVectorsOfAnotherDimension() {
    String app = app("dims");
    upsert(app, memory("u1", "384 dimensions").build());
    assertThatThrownBy(
            () -> index.vectorSearch(app, new float[] {1, 0, 0}, MemoryFilter.user("u1"), 3))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.DIMENSION_MISMATCH));
  }

  @Test
  void servesConcurrentWritesAndSearches() throws Exception {
    String app = app("concurrent");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    var memory = memory("u" + thread, "thread " + thread + " note " + i).build();
                    index.upsert(app, List.of(IndexDocument.of(memory)));
                    assertThat(
                            index.vectorSearch(
                                app, memory.embedding(), MemoryFilter.user("u" + thread), 1))
                        .singleElement()
                        .extracting(hit -> hit.id())
                        .isEqualTo(memory.id());
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.count(app)).isEqualTo(400);
  }

  @Test
  void closedIndexRefusesWork() {
    index.close();
    assertThatThrownBy(() -> index.count("app"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.INDEX_FAILED));
    index = open();
  }
}
