package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryEvolverTest {
  private static final String APP = "app_evolve";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);
  private final MemoryEvolver evolver =
      new MemoryEvolver(
          store, index, writer, new RuleResolver(), new EvolutionConfiguration(0.0, 5), clock);

  private Resolution add(String user, String content) {
    return evolver.add(APP, "key_1", List.of(NewMemory.of(user, content))).get(0);
  }

  private List<Memory> all(String user) {
    return store
        .list(
            APP,
            MemoryFilter.user(user)
                .withStatuses(
                    Set.of(MemoryStatus.ACTIVE, MemoryStatus.SUPERSEDED, MemoryStatus.DELETED)),
            MemoryFilter.Sort.NEWEST_FIRST,
            100,
            0,
            clock.instant())
        .memories();
  }

  private static MemoryEvent last(List<MemoryEvent> events) {
    return events.get(events.size() - 1);
  }

  @Test
  void aParaphraseReinforcesAndStoresNothingNew() {
    Memory first = add("u1", "User loves jazz music").memory();
    clock.advance(Duration.ofMinutes(1));

    Resolution again = add("u1", "The user enjoys jazz music");

    assertThat(again.decision().action()).isEqualTo(Action.REINFORCE);
    assertThat(again.decision().targetId()).isEqualTo(first.id());
    assertThat(all("u1")).hasSize(1);
    Memory reinforced = store.find(APP, first.id(), clock.instant()).orElseThrow();
    assertThat(reinforced.reinforcementCount()).isEqualTo(1);
    assertThat(reinforced.lastReinforcedAt()).isNotNull().isEqualTo(reinforced.updatedAt());
    assertThat(reinforced.version()).isEqualTo(first.version() + 1);
    MemoryEvent event = last(store.events(APP, first.id()));
    assertThat(event.type()).isEqualTo(EventType.REINFORCE);
    assertThat(event.reason()).startsWith("same statement");
    assertThat(event.details()).containsEntry("engine", "rules");
  }

  @Test
  void theSuccessorsVectorLiesBetweenTheStatementAndWhatItReplaced() {
    float[] blended = MemoryEvolver.blend(new float[] {1, 0}, new float[] {0, 1});
    assertThat(blended[0]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    assertThat(blended[1]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    assertThat(MemoryEvolver.blend(new float[] {1, 0}, null)).containsExactly(1, 0);
    assertThat(MemoryEvolver.blend(new float[] {1, 0}, new float[] {1, 0, 0}))
        .containsExactly(1, 0);

    Memory old = add("u5", "User lives in Berlin").memory();
    Memory next = add("u5", "User moved to Munich").memory();
    float[] incoming = embedder.embed("User moved to Munich");
    assertThat(cosine(next.embedding(), incoming)).isGreaterThan(cosine(old.embedding(), incoming));
    assertThat(cosine(next.embedding(), old.embedding()))
        .isGreaterThan(cosine(incoming, old.embedding()));
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void aConflictSupersedesAndKeepsTheChainBothWays() {
    Memory old = add("u2", "User lives in Berlin").memory();
    clock.advance(Duration.ofMinutes(1));

    Resolution moved = add("u2", "User moved to Munich");

    assertThat(moved.decision().action()).isEqualTo(Action.UPDATE);
    Memory next = moved.memory();
    Memory superseded = store.find(APP, old.id(), clock.instant()).orElseThrow();
    assertThat(superseded.status()).isEqualTo(MemoryStatus.SUPERSEDED);
    assertThat(superseded.validTo()).isNotNull().isEqualTo(next.createdAt());
    assertThat(superseded.nextId()).isEqualTo(next.id());
    assertThat(next.status()).isEqualTo(MemoryStatus.ACTIVE);
    assertThat(next.previousId()).isEqualTo(old.id());
    assertThat(index.vectorSearch(APP, next.embedding(), MemoryFilter.user("u2"), 5))
        .extracting(h -> h.id())
        .containsExactly(next.id());
    MemoryEvent onNew = last(store.events(APP, next.id()));
    assertThat(onNew.type()).isEqualTo(EventType.UPDATE);
    assertThat(onNew.relatedIds()).containsExactly(old.id());
    assertThat(onNew.reason()).contains("'berlin' replaced by 'munich'").contains("moved");
    MemoryEvent onOld = last(store.events(APP, old.id()));
    assertThat(onOld.type()).isEqualTo(EventType.UPDATE);
    assertThat(onOld.details()).containsEntry("superseded_by", next.id());
  }

  @Test
  void aRetractionDeletesTheTarget() {
    Memory old = add("u3", "User lives in Berlin").memory();

    Resolution forget = add("u3", "Forget that the user lives in Berlin");

    assertThat(forget.decision().action()).isEqualTo(Action.DELETE);
    assertThat(store.find(APP, old.id(), clock.instant()).orElseThrow().status())
        .isEqualTo(MemoryStatus.DELETED);
    MemoryEvent event = last(store.events(APP, old.id()));
    assertThat(event.type()).isEqualTo(EventType.DELETE);
    assertThat(event.reason()).startsWith("retraction");
    assertThat(all("u3")).hasSize(1);
  }

  @Test
  void aDistinctFactIsAddedNextToTheOthers() {
    add("u4", "User is allergic to cats");

    Resolution more = add("u4", "User is allergic to pollen");

    assertThat(more.decision().action()).isEqualTo(Action.ADD);
    assertThat(all("u4")).hasSize(2).allMatch(m -> m.status() == MemoryStatus.ACTIVE);
    assertThat(last(store.events(APP, more.memory().id())).reason()).startsWith("additional fact");
  }

  @Test
  void aBatchIsResolvedInOrderSoLaterItemsSeeEarlierOnes() {
    List<Resolution> out =
        evolver.add(
            APP,
            "key_1",
            List.of(
                NewMemory.of("u5", "User's cat is named Milo"),
                NewMemory.of("u5", "The user has a cat called Milo"),
                NewMemory.of("u5", "User's cat is named Oscar")));

    assertThat(out)
        .extracting(r -> r.decision().action())
        .containsExactly(Action.ADD, Action.REINFORCE, Action.UPDATE);
    assertThat(all("u5")).hasSize(2);
  }

  @Test
  void tellsEachStatementsResolutionWithItsPlaceInTheBatch() {
    List<String> told = new java.util.ArrayList<>();
    List<Resolution> resolutions =
        evolver.add(
            APP,
            "key_1",
            List.of(
                NewMemory.of("u11", "User lives in Porto"),
                NewMemory.of("u11", "User lives in Porto"),
                NewMemory.of("u11", "User plays chess")),
            (i, r) -> told.add(i + " " + r.decision().action()));

    assertThat(told).containsExactly("0 ADD", "1 REINFORCE", "2 ADD");
    assertThat(resolutions).extracting(r -> r.decision().action()).hasSize(3);
  }

  @Test
  void aSkipLeavesAnEventAndNoMemory() {
    Resolver skipping = (text, candidates) -> new Decision(Action.SKIP, null, "small talk", "test");
    MemoryEvolver evolve =
        new MemoryEvolver(store, index, writer, skipping, EvolutionConfiguration.defaults(), clock);

    Resolution r = evolve.add(APP, "key_1", List.of(NewMemory.of("u6", "thanks!"))).get(0);

    assertThat(r.memory()).isNull();
    assertThat(all("u6")).isEmpty();
    List<MemoryEvent> events = new java.util.ArrayList<>();
    store.forEachEvent(
        APP,
        e -> {
          if (e.userId().equals("u6")) {
            events.add(e);
          }
        });
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.SKIP);
              assertThat(e.reason()).isEqualTo("small talk");
            });
  }

  @Test
  void aMemoryUnderTheLinkThresholdIsComparedWhenBothFillTheSameSlot() {
    MemoryEvolver linked =
        new MemoryEvolver(
            store,
            index,
            writer,
            new RuleResolver(),
            new EvolutionConfiguration(0.4, 5, 0.2, true),
            clock);
    Memory student =
        linked.add(APP, "key_1", List.of(NewMemory.of("u9", "User is a student"))).get(0).memory();
    // the hashing embedder shares "user is" only: cosine about 0.38, under the link threshold
    Resolution job =
        linked
            .add(APP, "key_1", List.of(NewMemory.of("u9", "User is now working as an accountant")))
            .get(0);
    Resolution hobby =
        linked.add(APP, "key_1", List.of(NewMemory.of("u9", "User plays the cello"))).get(0);

    assertThat(job.decision().action()).as(job.decision().reason()).isEqualTo(Action.UPDATE);
    assertThat(job.decision().targetId()).isEqualTo(student.id());
    assertThat(hobby.decision().action()).isEqualTo(Action.ADD);
    assertThat(hobby.decision().reason()).isEqualTo("new: no similar memory");
  }

  @Test
  void aMemoryUnderTheSlotFloorIsNotCompared() {
    MemoryEvolver linked =
        new MemoryEvolver(
            store,
            index,
            writer,
            new RuleResolver(),
            new EvolutionConfiguration(0.4, 5, 0.39, true),
            clock);
    linked.add(APP, "key_1", List.of(NewMemory.of("u10", "User is a student")));
    Resolution job =
        linked
            .add(APP, "key_1", List.of(NewMemory.of("u10", "User is now working as an accountant")))
            .get(0);

    assertThat(job.decision().action()).isEqualTo(Action.ADD);
  }

  private MemoryEvolver linked() {
    return new MemoryEvolver(
        store,
        index,
        writer,
        new RuleResolver(),
        new EvolutionConfiguration(0.4, 5, 0.2, true),
        clock);
  }

  private Resolution addLinked(MemoryEvolver evolver, String user, String content) {
    return evolver.add(APP, "key_1", List.of(NewMemory.of(user, content))).get(0);
  }

  @Test
  void aTerseChangeIsComparedWithAMemoryNamingTheSameThingUnderTheLinkThreshold() {
    MemoryEvolver linked = linked();
    Memory plan = addLinked(linked, "u11", "User's plan is Pro, billed monthly").memory();
    // the hashing embedder shares "user" and "plan" only: cosine about 0.31
    Resolution moved = addLinked(linked, "u11", "User moved to the Enterprise plan");

    assertThat(moved.decision().action()).as(moved.decision().reason()).isEqualTo(Action.UPDATE);
    assertThat(moved.decision().targetId()).isEqualTo(plan.id());
  }

  @Test
  void aTerseChangeNamingNothingTheMemoryNamesIsNotComparedWithIt() {
    MemoryEvolver linked = linked();
    addLinked(linked, "u12", "User's plan is Pro, billed monthly");
    // cosine about 0.38 ("user", "billed"), a change word, but no attribute noun in common
    Resolution billed = addLinked(linked, "u12", "User now billed quarterly");

    assertThat(billed.decision().action()).isEqualTo(Action.ADD);
    assertThat(billed.decision().reason()).isEqualTo("new: no similar memory");
  }

  @Test
  void aStatementSayingNoChangeIsNotComparedForANounInCommon() {
    MemoryEvolver linked = linked();
    addLinked(linked, "u13", "User's plan is Pro, billed monthly");
    Resolution likes = addLinked(linked, "u13", "User likes the Enterprise plan");

    assertThat(likes.decision().action()).isEqualTo(Action.ADD);
    assertThat(likes.decision().reason()).isEqualTo("new: no similar memory");
  }

  @Test
  void aTerseChangeIsComparedWithAnEarlierStatementOfItsBatch() {
    MemoryEvolver linked = linked();
    List<Resolution> out =
        linked.add(
            APP,
            "key_1",
            List.of(
                NewMemory.of("u14", "User's plan is Pro, billed monthly"),
                NewMemory.of("u14", "User moved to the Enterprise plan")));

    assertThat(out.get(1).decision().action())
        .as(out.get(1).decision().reason())
        .isEqualTo(Action.UPDATE);
    assertThat(out.get(1).decision().targetId()).isEqualTo(out.get(0).memory().id());
  }
}
