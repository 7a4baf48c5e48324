package dev.engram.memory.search;

import dev.engram.memory.Memory;
import java.time.Duration;
import java.time.Instant;

/**
 * Computes relevance and the composite score of a memory (formula on {@link ScoringConfiguration}).
 */
final class CompositeScorer {
  private final ScoringConfiguration config;
  private final double saturationLog;

  CompositeScorer(ScoringConfiguration config) {
    this.config = config;
    this.saturationLog = Math.log1p(Math.max(1, config.reinforcementSaturation()));
  }

  double relevance(double similarity, double keyword) {
    double w = Math.clamp(config.keywordWeight(), 0, 1);
    return (1 - w) * Math.max(similarity, 0) + w * keyword;
  }

  ScoreComponents components(Memory memory, double similarity, double keyword, Instant now) {
    Instant reference =
        memory.lastReinforcedAt() != null ? memory.lastReinforcedAt() : memory.createdAt();
    double ageSeconds = Math.max(0, Duration.between(reference, now).toSeconds());
    double halfLife = Math.max(1, config.recencyHalfLife().toSeconds());
    double recency = config.recencyWeight() * Math.pow(0.5, ageSeconds / halfLife);
    double importance = config.importanceWeight() * (memory.importance() - 1) / 9.0;
    double reinforcement =
        config.reinforcementWeight()
            * Math.min(1, Math.log1p(memory.reinforcementCount()) / saturationLog);
    return new ScoreComponents(similarity, keyword, recency, importance, reinforcement);
  }

  static double composite(double relevance, ScoreComponents c) {
    return relevance * (1 + c.recencyBoost() + c.importanceBoost() + c.reinforcementBoost());
  }
}
