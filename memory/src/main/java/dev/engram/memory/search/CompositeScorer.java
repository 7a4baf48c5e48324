package dev.engram.memory.search;

import dev.engram.memory.Memory;
import java.time.Duration;
import java.time.Instant;

/**
 * Computes relevance and the composite score of a memory (formula on {@link ScoringConfiguration}).
 * Uses only fields of the memory already read for the hit: no extra store read.
 */
final class CompositeScorer {
  private final ScoringConfiguration config;
  private final HalfLifeConfiguration halfLives;
  private final double reinforcementLog;
  private final double accessLog;

  CompositeScorer(ScoringConfiguration config, HalfLifeConfiguration halfLives) {
    this.config = config;
    this.halfLives = halfLives;
    this.reinforcementLog = Math.log1p(Math.max(1, config.reinforcementSaturation()));
    this.accessLog = Math.log1p(Math.max(1, config.accessSaturation()));
  }

  /**
   * {@code (1 − w) × max(similarity, 0) + w × keyword}, with the query's keyword weight {@code w}
   * (the configured one, or less under the coverage floor: {@link MemorySearch#keywordWeight}).
   */
  static double relevance(double similarity, double keyword, double keywordWeight) {
    double w = Math.clamp(keywordWeight, 0, 1);
    return (1 - w) * Math.max(similarity, 0) + w * keyword;
  }

  ScoreComponents components(Memory memory, double similarity, double keyword, Instant now) {
    Instant reinforcedOrCreated =
        memory.lastReinforcedAt() != null ? memory.lastReinforcedAt() : memory.createdAt();
    double recency =
        config.recencyWeight() * halving(reinforcedOrCreated, now, config.recencyHalfLife());
    double retention = halving(lastTouched(memory), now, halfLives.of(memory.type()));
    double importance = config.importanceWeight() * (memory.importance() - 1) / 9.0 * retention;
    double reinforcement =
        config.reinforcementWeight()
            * Math.min(1, Math.log1p(memory.reinforcementCount()) / reinforcementLog)
            * retention;
    double access =
        config.accessWeight()
            * Math.min(1, Math.log1p(memory.accessCount()) / accessLog)
            * retention;
    double feedback = feedbackBoost(memory.feedbackBalance());
    return new ScoreComponents(
        similarity, keyword, recency, importance, reinforcement, access, feedback, retention);
  }

  /**
   * {@code feedbackWeight × clamp(balance / feedbackSaturation, −1, 1)}: not decayed, since
   * feedback is a judgment on the statement, not on how fresh it is.
   */
  double feedbackBoost(int balance) {
    double weight = Math.clamp(config.feedbackWeight(), 0, 0.5);
    return weight * Math.clamp((double) balance / Math.max(1, config.feedbackSaturation()), -1, 1);
  }

  static double composite(double relevance, ScoreComponents c) {
    return relevance * (1 + c.boost());
  }

  /** The latest of creation, last reinforcement and last access. */
  static Instant lastTouched(Memory memory) {
    Instant last = memory.createdAt();
    if (memory.lastReinforcedAt() != null && memory.lastReinforcedAt().isAfter(last)) {
      last = memory.lastReinforcedAt();
    }
    if (memory.lastAccessedAt() != null && memory.lastAccessedAt().isAfter(last)) {
      last = memory.lastAccessedAt();
    }
    return last;
  }

  /**
   * {@code 0.5^(elapsed / halfLife)} in whole seconds (memories written in the same second tie
   * exactly, so equal memories order by id); 1 for times in the future.
   */
  private static double halving(Instant since, Instant now, Duration halfLife) {
    double elapsed = Math.max(0, Duration.between(since, now).toSeconds());
    double half = Math.max(1, halfLife.toSeconds());
    return Math.pow(0.5, elapsed / half);
  }
}
