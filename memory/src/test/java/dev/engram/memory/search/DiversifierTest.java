package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiversifierTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static SearchHit hit(String id, float[] vector, double score) {
    Memory memory = Memories.memory("u", id, NOW).id(id).embedding(vector, "m").build();
    return new SearchHit(memory, score, score, new ScoreComponents(score, 0, 0, 0, 0, 0, 0, 1));
  }

  private static float[] unit(double x, double y) {
    double n = Math.sqrt(x * x + y * y);
    return new float[] {(float) (x / n), (float) (y / n)};
  }

  @Test
  void aRewordingOfTheBestHitMakesWayForAnotherStatement() {
    List<SearchHit> sorted =
        List.of(
            hit("best", unit(1, 0), 0.90),
            hit("reworded", unit(1, 0.05), 0.88),
            hit("other", unit(0, 1), 0.85));

    assertThat(Diversifier.select(sorted, 2, 0.1))
        .extracting(h -> h.memory().id())
        .containsExactly("best", "other");
  }

  @Test
  void withoutDiversityOrWithDistinctHitsTheOrderIsKept() {
    List<SearchHit> sorted =
        List.of(
            hit("a", unit(1, 0), 0.9), hit("b", unit(1, 0.05), 0.88), hit("c", unit(0, 1), 0.5));

    assertThat(Diversifier.select(sorted, 3, 0))
        .extracting(h -> h.memory().id())
        .containsExactly("a", "b", "c");
    assertThat(Diversifier.select(sorted, 3, 0.1))
        .as("a far better hit is not pushed below a weak one")
        .extracting(h -> h.memory().id())
        .containsExactly("a", "b", "c");
  }

  @Test
  void scoresAreNotChangedAndTheLimitHolds() {
    List<SearchHit> sorted =
        List.of(
            hit("a", unit(1, 0), 0.9), hit("b", unit(1, 0.01), 0.89), hit("c", unit(0, 1), 0.8));

    List<SearchHit> top = Diversifier.select(sorted, 2, 0.2);

    assertThat(top).hasSize(2);
    assertThat(top).extracting(SearchHit::compositeScore).containsExactly(0.9, 0.8);
  }
}
