package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryType;
import dev.engram.memory.testing.Memories;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The scoring formula with numbers (defaults: importance 0.1, reinforcement 0.05, access 0.05). */
class CompositeScorerTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final CompositeScorer scorer =
      new CompositeScorer(ScoringConfiguration.defaults(), HalfLifeConfiguration.defaults());

  private static Memory.Builder memory(MemoryType type, int importance, Duration age) {
    return Memories.memory("u", "statement", NOW.minus(age)).type(type).importance(importance);
  }

  private ScoreComponents score(Memory memory) {
    return scorer.components(memory, 0.8, 0.5, NOW);
  }

  @Test
  void aFreshMemoryGetsTheFullImportanceBoost() {
    ScoreComponents c = score(memory(MemoryType.EPISODIC, 10, Duration.ZERO).build());
    assertThat(c.retention()).isEqualTo(1.0);
    assertThat(c.importanceBoost()).isCloseTo(0.1, within(1e-12));
    assertThat(c.recencyBoost()).isCloseTo(0.1, within(1e-12));
    assertThat(c.reinforcementBoost()).isZero();
    assertThat(c.accessBoost()).isZero();
  }

  @Test
  void anEpisodicMemoryThirtyDaysOldHasHalfTheImportanceBoost() {
    ScoreComponents c = score(memory(MemoryType.EPISODIC, 10, Duration.ofDays(30)).build());
    assertThat(c.retention()).isCloseTo(0.5, within(1e-12));
    assertThat(c.importanceBoost()).isCloseTo(0.05, within(1e-12));
    // importance 5: (5 − 1) / 9 of the weight, halved
    ScoreComponents mid = score(memory(MemoryType.EPISODIC, 5, Duration.ofDays(30)).build());
    assertThat(mid.importanceBoost()).isCloseTo(0.1 * 4 / 9 * 0.5, within(1e-12));
  }

  @Test
  void eachTypeDecaysWithItsOwnHalfLife() {
    assertThat(score(memory(MemoryType.WORKING, 10, Duration.ofDays(1)).build()).retention())
        .isCloseTo(0.5, within(1e-12));
    assertThat(score(memory(MemoryType.WORKING, 10, Duration.ofDays(3)).build()).retention())
        .isCloseTo(0.125, within(1e-12));
    assertThat(score(memory(MemoryType.SEMANTIC, 10, Duration.ofDays(180)).build()).retention())
        .isCloseTo(0.5, within(1e-12));
    assertThat(score(memory(MemoryType.PROCEDURAL, 10, Duration.ofDays(365)).build()).retention())
        .isCloseTo(0.5, within(1e-12));
    assertThat(
            score(memory(MemoryType.SEMANTIC, 10, Duration.ofDays(30)).build()).importanceBoost())
        .isGreaterThan(
            score(memory(MemoryType.EPISODIC, 10, Duration.ofDays(30)).build()).importanceBoost());
  }

  @Test
  void reinforcementRestartsTheClockAndAddsABoundedBoost() {
    Memory old = memory(MemoryType.EPISODIC, 10, Duration.ofDays(30)).build();
    Memory reinforced =
        memory(MemoryType.EPISODIC, 10, Duration.ofDays(30))
            .reinforcementCount(3)
            .lastReinforcedAt(NOW.minus(Duration.ofDays(1)))
            .build();

    ScoreComponents before = score(old);
    ScoreComponents after = score(reinforced);

    double retention = Math.pow(0.5, 1 / 30.0);
    assertThat(after.retention()).isCloseTo(retention, within(1e-12));
    assertThat(after.importanceBoost()).isCloseTo(0.1 * retention, within(1e-12));
    assertThat(after.reinforcementBoost())
        .isCloseTo(0.05 * Math.log(4) / Math.log(11) * retention, within(1e-12));
    assertThat(after.boost()).isGreaterThan(before.boost());
    assertThat(CompositeScorer.composite(0.7, after))
        .isGreaterThan(CompositeScorer.composite(0.7, before));

    Memory saturated =
        reinforced.toBuilder().reinforcementCount(1_000).lastReinforcedAt(NOW).build();
    assertThat(score(saturated).reinforcementBoost()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void accessRestartsTheClockAndAddsABoundedBoost() {
    Memory old = memory(MemoryType.EPISODIC, 10, Duration.ofDays(60)).build();
    Memory accessed =
        old.toBuilder().accessCount(5).lastAccessedAt(NOW.minus(Duration.ofHours(12))).build();

    ScoreComponents before = score(old);
    ScoreComponents after = score(accessed);

    assertThat(before.importanceBoost()).isCloseTo(0.025, within(1e-12));
    double retention = Math.pow(0.5, 0.5 / 30.0);
    assertThat(after.retention()).isCloseTo(retention, within(1e-12));
    assertThat(after.accessBoost())
        .isCloseTo(0.05 * Math.log(6) / Math.log(21) * retention, within(1e-12));
    assertThat(after.importanceBoost()).isCloseTo(0.1 * retention, within(1e-12));
    // access does not make it look recently created: recency follows creation / reinforcement
    assertThat(after.recencyBoost()).isEqualTo(before.recencyBoost());
    assertThat(
            score(accessed.toBuilder().accessCount(10_000).lastAccessedAt(NOW).build())
                .accessBoost())
        .isCloseTo(0.05, within(1e-12));
  }

  @Test
  void theCompositeScoreIsRelevanceTimesOnePlusTheBoosts() {
    Memory m =
        memory(MemoryType.SEMANTIC, 7, Duration.ofDays(10))
            .reinforcementCount(2)
            .lastReinforcedAt(NOW.minus(Duration.ofDays(2)))
            .accessCount(4)
            .lastAccessedAt(NOW.minus(Duration.ofDays(1)))
            .build();
    ScoreComponents c = score(m);
    double retention = Math.pow(0.5, 1 / 180.0);
    double recency = 0.1 * Math.pow(0.5, 2 / 30.0);
    double importance = 0.1 * 6 / 9 * retention;
    double reinforcement = 0.05 * Math.log(3) / Math.log(11) * retention;
    double access = 0.05 * Math.log(5) / Math.log(21) * retention;
    assertThat(c.recencyBoost()).isCloseTo(recency, within(1e-12));
    assertThat(c.importanceBoost()).isCloseTo(importance, within(1e-12));
    assertThat(c.reinforcementBoost()).isCloseTo(reinforcement, within(1e-12));
    assertThat(c.accessBoost()).isCloseTo(access, within(1e-12));
    assertThat(CompositeScorer.composite(0.6, c))
        .isCloseTo(0.6 * (1 + recency + importance + reinforcement + access), within(1e-12));
  }

  @Test
  void feedbackAddsABoostOrAPenaltyOfAtMostFifteenPercentWithoutDecay() {
    Memory fresh = memory(MemoryType.EPISODIC, 5, Duration.ZERO).build();
    assertThat(score(fresh).feedbackBoost()).isZero();
    // balance / saturation 4, times weight 0.15
    assertThat(score(fresh.toBuilder().feedbackBalance(1).build()).feedbackBoost())
        .isCloseTo(0.0375, within(1e-12));
    assertThat(score(fresh.toBuilder().feedbackBalance(-2).build()).feedbackBoost())
        .isCloseTo(-0.075, within(1e-12));
    assertThat(score(fresh.toBuilder().feedbackBalance(4).build()).feedbackBoost())
        .isCloseTo(0.15, within(1e-12));
    assertThat(score(fresh.toBuilder().feedbackBalance(100).build()).feedbackBoost())
        .isCloseTo(0.15, within(1e-12));
    assertThat(score(fresh.toBuilder().feedbackBalance(-100).build()).feedbackBoost())
        .isCloseTo(-0.15, within(1e-12));
    // not decayed: a year-old memory keeps its full feedback boost
    Memory old = memory(MemoryType.EPISODIC, 5, Duration.ofDays(365)).feedbackBalance(4).build();
    assertThat(score(old).retention()).isLessThan(0.01);
    assertThat(score(old).feedbackBoost()).isCloseTo(0.15, within(1e-12));
  }

  @Test
  void feedbackEntersTheCompositeScoreAsABoost() {
    Memory plain = memory(MemoryType.EPISODIC, 5, Duration.ZERO).build();
    ScoreComponents without = score(plain);
    ScoreComponents wrong = score(plain.toBuilder().feedbackBalance(-4).build());
    assertThat(wrong.boost()).isCloseTo(without.boost() - 0.15, within(1e-12));
    assertThat(CompositeScorer.composite(0.8, wrong))
        .isCloseTo(0.8 * (1 + without.boost() - 0.15), within(1e-12));
  }

  @Test
  void eachVerdictMovesTheBalanceByItsRule() {
    assertThat(FeedbackRule.delta("useful", null, null)).isEqualTo(1);
    assertThat(FeedbackRule.delta("not_useful", null, null)).isEqualTo(-1);
    assertThat(FeedbackRule.delta("wrong", true, 5)).isEqualTo(-2);
    assertThat(FeedbackRule.delta(null, true, null)).isEqualTo(1);
    assertThat(FeedbackRule.delta(null, false, 5)).isEqualTo(-1);
    assertThat(FeedbackRule.delta(null, null, 5)).isEqualTo(1);
    assertThat(FeedbackRule.delta(null, null, 4)).isEqualTo(1);
    assertThat(FeedbackRule.delta(null, null, 3)).isZero();
    assertThat(FeedbackRule.delta(null, null, 2)).isEqualTo(-1);
    assertThat(FeedbackRule.delta(null, null, null)).isZero();
  }
}
