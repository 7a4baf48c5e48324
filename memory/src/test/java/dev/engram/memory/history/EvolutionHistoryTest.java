package dev.engram.memory.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.TestEvolvers;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.testing.Memories;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolutionHistoryTest {
  private static final String APP = "app_history";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, new HashingEmbedder(), MemoryLimits.defaults(), clock, null);
  private final MemoryEvolver evolver = TestEvolvers.rules(store, index, writer, clock);
  private final EvolutionHistory history = new EvolutionHistory(store, clock);

  private Memory add(String user, String content) {
    clock.advance(Duration.ofMinutes(1));
    return evolver.add(APP, "key_1", List.of(NewMemory.of(user, content))).get(0).memory();
  }

  @Test
  void theChainIsTheSameWhicheverMemberYouStartFrom() {
    Memory berlin = add("u1", "User lives in Berlin");
    Memory munich = add("u1", "User moved to Munich");
    Memory hamburg = add("u1", "User moved to Hamburg");
    assertThat(munich.previousId()).isEqualTo(berlin.id());
    assertThat(hamburg.previousId()).isEqualTo(munich.id());

    for (String start : List.of(berlin.id(), munich.id(), hamburg.id())) {
      EvolutionChain chain = history.chain(APP, start);
      assertThat(chain.versions())
          .extracting(v -> v.memory().id())
          .containsExactly(berlin.id(), munich.id(), hamburg.id());
      assertThat(chain.truncated()).isFalse();
      assertThat(chain.requestedId()).isEqualTo(start);
    }
    EvolutionChain chain = history.chain(APP, munich.id());
    assertThat(chain.versions())
        .extracting(v -> v.memory().status())
        .containsExactly(MemoryStatus.SUPERSEDED, MemoryStatus.SUPERSEDED, MemoryStatus.ACTIVE);
    assertThat(chain.versions().get(0).origin())
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EventType.ADD));
    EvolutionChain.Version second = chain.versions().get(1);
    assertThat(second.origin())
        .hasValueSatisfying(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.UPDATE);
              assertThat(e.reason()).isNotBlank();
            });
    assertThat(second.engine()).isEqualTo("rules");
    assertThat(chain.versions().get(0).memory().validTo()).isNotNull();
  }

  @Test
  void aMemoryWithoutHistoryIsAChainOfOne() {
    Memory alone = add("u2", "User is allergic to peanuts");
    EvolutionChain chain = history.chain(APP, alone.id());
    assertThat(chain.versions()).hasSize(1);
    assertThat(chain.current().memory().id()).isEqualTo(alone.id());
  }

  @Test
  void unknownOrOtherAppIdsAreNotFound() {
    Memory m = add("u3", "User likes tea");
    assertThatThrownBy(() -> history.chain("app_other", m.id()))
        .isInstanceOf(MemoryException.class)
        .extracting(e -> ((MemoryException) e).code())
        .isEqualTo(MemoryErrorCode.MEMORY_NOT_FOUND);
    assertThatThrownBy(() -> history.chain(APP, "mem_nope")).isInstanceOf(MemoryException.class);
  }

  @Test
  void aCycleInTheLinksEndsTheWalk() {
    var now = clock.instant();
    Memory a = Memories.memory("u4", "a", now).id("mem_a").nextId("mem_b").build();
    Memory b =
        Memories.memory("u4", "b", now).id("mem_b").previousId("mem_a").nextId("mem_a").build();
    store.insert(APP, List.of(a, b), List.of());

    EvolutionChain chain = history.chain(APP, "mem_a");

    assertThat(chain.versions()).extracting(v -> v.memory().id()).containsExactly("mem_a", "mem_b");
    assertThat(chain.truncated()).isTrue();
  }

  @Test
  void aVeryLongChainIsCut() {
    var now = clock.instant();
    int n = 30;
    List<Memory> chain = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      chain.add(
          Memories.memory("u5", "v" + i, now)
              .id("mem_" + i)
              .previousId(i == 0 ? null : "mem_" + (i - 1))
              .nextId(i == n - 1 ? null : "mem_" + (i + 1))
              .build());
    }
    store.insert(APP, chain, List.of());

    EvolutionChain cut = history.chain(APP, "mem_0", 10);
    assertThat(cut.versions()).hasSize(10);
    assertThat(cut.truncated()).isTrue();
    assertThat(history.chain(APP, "mem_29").versions()).hasSize(n);
  }

  @Test
  void aLinkToAnotherUsersMemoryIsNotFollowed() {
    var now = clock.instant();
    Memory mine = Memories.memory("u6", "mine", now).id("mem_mine").nextId("mem_theirs").build();
    Memory theirs =
        Memories.memory("u7", "theirs", now).id("mem_theirs").previousId("mem_mine").build();
    store.insert(APP, List.of(mine, theirs), List.of());

    assertThat(history.chain(APP, "mem_mine").versions()).hasSize(1);
  }

  @Test
  void theReportCountsVersionsReinforcementsUpdatesAndDeletes() {
    Memory berlin = add("u8", "User lives in Berlin");
    add("u8", "The user lives in Berlin");
    Memory munich = add("u8", "User moved to Munich");
    clock.advance(Duration.ofMinutes(1));
    writer.delete(APP, "key_1", munich.id(), "user asked to forget");

    EvolutionReport report = history.report(APP, berlin.id());

    assertThat(report.counts().versions()).isEqualTo(2);
    assertThat(report.counts().reinforcements()).isEqualTo(1);
    assertThat(report.counts().updates()).isEqualTo(1);
    assertThat(report.counts().deletes()).isEqualTo(1);
    assertThat(report.timeline())
        .extracting(EvolutionReport.Entry::type)
        .containsExactly(
            EventType.ADD,
            EventType.REINFORCE,
            EventType.UPDATE,
            EventType.UPDATE,
            EventType.DELETE);
    assertThat(report.timeline()).isSortedAccordingTo((x, y) -> x.at().compareTo(y.at()));
    assertThat(report.current().status()).isEqualTo(MemoryStatus.DELETED);

    String md = EvolutionReports.markdown(report);
    assertThat(md).contains("# Evolution report", "| 2 | 5 | 1 | 1 | 1 | 0 |");
    assertThat(md).contains("user asked to forget", "REINFORCE", "DELETE");
    String text = EvolutionReports.text(report);
    assertThat(text)
        .contains("versions=2", "reinforcements=1", "updates=1", "deletes=1")
        .contains("DELETE  by key_1: user asked to forget");
  }

  @Test
  void markdownEscapesContentThatWouldBreakTheTable() {
    Memory m = add("u9", "pipes | and <b>tags</b> & *stars*\nsecond line");
    String md = EvolutionReports.markdown(history.report(APP, m.id()));
    assertThat(md)
        .contains("pipes \\| and &lt;b&gt;tags&lt;/b&gt; &amp; \\*stars\\* second line")
        .doesNotContain("<b>");
  }
}
