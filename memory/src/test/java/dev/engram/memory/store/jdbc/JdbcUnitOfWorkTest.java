package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.evolve.TestEvolvers;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryPatch;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import dev.engram.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The resolved write path on the JDBC store: a batch is one unit of work, indexed after commit. */
class JdbcUnitOfWorkTest {
  private static final String APP = "app_unit";
  private final JdbcMemoryStoreFixture fixture = new JdbcMemoryStoreFixture(TestDatabase.h2());
  private final MemoryStore store = fixture.store();
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, new HashingEmbedder(), MemoryLimits.defaults(), clock, null);

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<NewMemory> statements() {
    return List.of(
        NewMemory.of("ana", "Ana lives in Lisbon"),
        NewMemory.of("ana", "Ana works at a bakery"),
        NewMemory.of("ana", "Ana has two cats"));
  }

  private long stored() {
    return store
        .list(APP, MemoryFilter.user("ana"), MemoryFilter.Sort.NEWEST_FIRST, 10, 0, clock.instant())
        .total();
  }

  @Test
  void aWriteThatWaitsOutAnotherTransactionsRowLockIsAConflictNotAStoreFailure() throws Exception {
    // the one-time HTTP 500 of a loaded bench: a long resolved batch held a row past H2's lock
    // timeout (here 200 ms instead of the default 2 s), and the waiting write failed as
    // store_failed
    try (JdbcMemoryStoreFixture locking =
        new JdbcMemoryStoreFixture(TestDatabase.h2(), ";LOCK_TIMEOUT=200")) {
      MemoryStore lockingStore = locking.store();
      MemoryWriter lockingWriter =
          new MemoryWriter(
              lockingStore, index, new HashingEmbedder(), MemoryLimits.defaults(), clock, null);
      String id = lockingWriter.add(APP, "key", statements()).get(0).id();
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> holder =
          CompletableFuture.runAsync(
              () ->
                  lockingStore.inUnitOfWork(
                      () -> {
                        lockingWriter.update(APP, "first", id, importance(7));
                        locked.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return null;
                      }));
      try {
        locked.await();
        assertThatThrownBy(() -> lockingWriter.update(APP, "second", id, importance(3)))
            .isInstanceOfSatisfying(
                MemoryException.class,
                e -> {
                  assertThat(e.code()).isEqualTo(MemoryErrorCode.VERSION_CONFLICT);
                  assertThat(e.getMessage()).contains("concurrent write");
                });
      } finally {
        release.countDown();
        holder.join();
      }
      assertThat(lockingStore.find(APP, id, clock.instant()).orElseThrow().importance())
          .isEqualTo(7);
    }
  }

  private static MemoryPatch importance(int value) {
    return new MemoryPatch(null, null, null, null, null, value, null, null, null, null, null);
  }

  @Test
  void aBatchThatLosesAVersionRaceIsResolvedAgainInsteadOfRefused() {
    MemoryEvolver evolver = TestEvolvers.rules(store, index, writer, clock);
    String lisbon = "Ana lives in Lisbon";
    String target =
        evolver.add(APP, "key", List.of(NewMemory.of("ana", lisbon))).get(0).memory().id();
    AtomicInteger decisions = new AtomicInteger();
    UnaryOperator<Resolver> racing =
        rules ->
            (statement, candidates) -> {
              if (decisions.incrementAndGet() == 1) {
                // another client reinforces the same memory after this batch read it, and commits
                // first
                CompletableFuture.runAsync(
                        () -> evolver.add(APP, "other", List.of(NewMemory.of("ana", lisbon))))
                    .join();
              }
              return rules.resolve(statement, candidates);
            };

    List<Resolution> resolutions =
        TestEvolvers.wrappingRules(racing, store, index, writer, clock)
            .add(APP, "key", List.of(NewMemory.of("ana", lisbon)));

    assertThat(resolutions.get(0).decision().action()).isEqualTo(Resolver.Action.REINFORCE);
    assertThat(decisions).hasValue(2);
    assertThat(store.find(APP, target, clock.instant()).orElseThrow().reinforcementCount())
        .isEqualTo(2);
  }

  @Test
  void aFailureInTheMiddleOfABatchLeavesNothingInTheStoreOrTheIndex() {
    List<String> seenInsideTheUnit = new ArrayList<>();
    MemoryEvolver.Applied failOnThird =
        (i, resolution) -> {
          seenInsideTheUnit.add(resolution.memory() == null ? "skipped" : resolution.memory().id());
          if (seenInsideTheUnit.size() == 3) {
            throw new IllegalStateException("the process dies here");
          }
        };

    assertThatThrownBy(
            () ->
                TestEvolvers.rules(store, index, writer, clock)
                    .add(APP, "ingest", statements(), failOnThird))
        .hasMessageContaining("the process dies here");

    assertThat(seenInsideTheUnit).hasSize(3);
    assertThat(stored()).isZero();
    assertThat(index.count(APP)).isZero();
    for (String id : seenInsideTheUnit) {
      assertThat(store.events(APP, id)).isEmpty();
    }
  }

  @Test
  void aBatchIsIndexedOnlyOnceItIsCommitted() {
    long[] indexedWhileApplying = {-1};
    List<Resolution> resolutions =
        store.inUnitOfWork(
            () ->
                TestEvolvers.rules(store, index, writer, clock)
                    .add(
                        APP,
                        "ingest",
                        statements(),
                        (i, resolution) -> indexedWhileApplying[0] = index.count(APP)));

    assertThat(resolutions).hasSize(3);
    assertThat(indexedWhileApplying[0]).isZero();
    assertThat(stored()).isEqualTo(3);
    assertThat(index.count(APP)).isEqualTo(3);
  }

  @Test
  void writesInsideAUnitOfWorkAreCommittedTogetherOrNotAtAll() {
    assertThatThrownBy(
            () ->
                store.inUnitOfWork(
                    () -> {
                      writer.add(APP, "key", List.of(NewMemory.of("ana", "Ana likes tea")));
                      writer.add(APP, "key", List.of(NewMemory.of("ana", "Ana likes jazz")));
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");
    assertThat(stored()).isZero();
    assertThat(index.count(APP)).isZero();

    store.inUnitOfWork(() -> writer.add(APP, "key", List.of(NewMemory.of("ana", "Ana likes tea"))));
    assertThat(stored()).isEqualTo(1);
    assertThat(index.count(APP)).isEqualTo(1);
  }
}
