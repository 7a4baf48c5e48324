package dev.engram.memory.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Weights of search scoring. {@code relevance = (1 - keywordWeight) × max(cosine, 0) +
 * keywordWeight × bm25 / best bm25}; {@code composite = relevance × (1 + recency + importance +
 * reinforcement)} with {@code recency = recencyWeight × 0.5^(age / recencyHalfLife)}, {@code
 * importance = importanceWeight × (importance − 1) / 9}, {@code reinforcement = reinforcementWeight
 * × min(1, ln(1 + count) / ln(1 + reinforcementSaturation))}.
 *
 * @param keywordWeight share of the keyword (BM25) signal in relevance, 0 to 1
 * @param recencyWeight largest recency boost (a memory created now)
 * @param recencyHalfLife age at which the recency boost halves
 * @param importanceWeight largest importance boost (importance 10)
 * @param reinforcementWeight largest reinforcement boost
 * @param reinforcementSaturation reinforcement count at which the boost is full
 * @param candidates how many candidates each of vector and keyword search contributes at least
 */
@ConfigurationProperties("engram.scoring")
public record ScoringConfiguration(
    @Bindable(defaultValue = "0.3") double keywordWeight,
    @Bindable(defaultValue = "0.1") double recencyWeight,
    @Bindable(defaultValue = "30d") Duration recencyHalfLife,
    @Bindable(defaultValue = "0.1") double importanceWeight,
    @Bindable(defaultValue = "0.05") double reinforcementWeight,
    @Bindable(defaultValue = "10") int reinforcementSaturation,
    @Bindable(defaultValue = "30") int candidates) {

  public static ScoringConfiguration defaults() {
    return new ScoringConfiguration(0.3, 0.1, Duration.ofDays(30), 0.1, 0.05, 10, 30);
  }
}
