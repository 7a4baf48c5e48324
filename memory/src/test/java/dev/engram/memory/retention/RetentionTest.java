package dev.engram.memory.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.TestEvolvers;
import dev.engram.memory.history.EvolutionChain;
import dev.engram.memory.history.EvolutionHistory;
import dev.engram.memory.history.EvolutionReport;
import dev.engram.memory.history.EvolutionReports;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {
  private static final String APP = "app_retention";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, new HashingEmbedder(), MemoryLimits.defaults(), clock, null);
  private final MemoryEvolver evolver = TestEvolvers.rules(store, index, writer, clock);
  private final EvolutionHistory history = new EvolutionHistory(store, clock);

  private Retention retention(boolean enabled, int batchSize) {
    return new Retention(
        new RetentionConfiguration(
            enabled, Duration.ofDays(1), Duration.ofDays(3), Duration.ofHours(1), batchSize),
        () -> () -> List.of(APP),
        store,
        index,
        clock);
  }

  private Memory add(String content) {
    clock.advance(Duration.ofMinutes(1));
    return evolver.add(APP, "key_1", List.of(NewMemory.of("u1", content))).get(0).memory();
  }

  @Test
  void prunesSupersededVersionsOnceTheyAreOldAndTheChainSaysSo() {
    Memory berlin = add("User lives in Berlin");
    Memory munich = add("User moved to Munich");
    Memory hamburg = add("User moved to Hamburg");
    Retention retention = retention(true, 1);

    clock.advance(Duration.ofHours(12));
    assertThat(retention.pruneAll()).isEqualTo(new Retention.Pruned(0, 0));
    assertThat(history.chain(APP, hamburg.id()).versions()).hasSize(3);

    clock.advance(Duration.ofDays(1));
    Retention.Pruned pruned = retention.pruneAll();

    assertThat(pruned.versions()).isEqualTo(2);
    assertThat(store.find(APP, berlin.id(), clock.instant())).isEmpty();
    assertThat(store.find(APP, munich.id(), clock.instant())).isEmpty();
    assertThat(store.events(APP, munich.id())).isEmpty();
    EvolutionChain chain = history.chain(APP, hamburg.id());
    assertThat(chain.versions()).extracting(v -> v.memory().id()).containsExactly(hamburg.id());
    assertThat(chain.prunedPreviousId()).isEqualTo(munich.id());
    assertThat(EvolutionReports.text(EvolutionReport.of(chain)))
        .contains("older versions pruned by retention; the previous one was " + munich.id());
    assertThat(store.find(APP, hamburg.id(), clock.instant()).orElseThrow().previousId())
        .isEqualTo(munich.id());
  }

  @Test
  void prunesDeletedMemoriesOnceTheyAreOld() {
    Memory kept = add("User plays the cello");
    Memory gone = add("User is allergic to peanuts");
    writer.delete(APP, "key_1", gone.id(), "asked to forget");
    Retention retention = retention(true, 500);

    clock.advance(Duration.ofHours(12));
    assertThat(retention.pruneAll().versions()).isZero();
    assertThat(store.find(APP, gone.id(), clock.instant())).isPresent();

    clock.advance(Duration.ofDays(1));

    assertThat(retention.pruneAll().versions()).isEqualTo(1);
    assertThat(store.find(APP, gone.id(), clock.instant())).isEmpty();
    assertThat(store.events(APP, gone.id())).isEmpty();
    assertThat(store.find(APP, kept.id(), clock.instant())).isPresent();
  }

  @Test
  void prunesOldEventsButKeepsActiveMemories() {
    Memory peanuts = add("User is allergic to peanuts");
    assertThat(store.events(APP, peanuts.id())).isNotEmpty();
    Retention retention = retention(true, 500);

    clock.advance(Duration.ofDays(2));
    assertThat(retention.pruneAll().events()).isZero();
    clock.advance(Duration.ofDays(2));
    Retention.Pruned pruned = retention.pruneAll();

    assertThat(pruned.events()).isPositive();
    assertThat(store.events(APP, peanuts.id())).isEmpty();
    assertThat(store.find(APP, peanuts.id(), clock.instant())).isPresent();
    assertThat(history.chain(APP, peanuts.id()).prunedPreviousId()).isNull();
  }

  @Test
  void doesNothingWhenDisabled() {
    add("User lives in Berlin");
    add("User moved to Munich");
    clock.advance(Duration.ofDays(30));

    retention(false, 500).run();

    assertThat(retention(true, 500).pruneAll().versions()).isEqualTo(1);
  }
}
