package dev.engram.memory.search;

import dev.engram.memory.MemoryType;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How fast the strength of a memory (its importance, reinforcement and access boosts) fades, per
 * memory type: after one half-life without being created, reinforced or accessed, the boosts are
 * halved. Formula on {@link ScoringConfiguration}.
 *
 * @param working half-life of working memories (short-lived task context)
 * @param episodic half-life of episodic memories (events, conversation turns)
 * @param semantic half-life of semantic memories (facts, preferences)
 * @param procedural half-life of procedural memories (how-tos, rules, habits)
 */
@ConfigurationProperties("engram.scoring.half-life")
public record HalfLifeConfiguration(
    @Bindable(defaultValue = "1d") Duration working,
    @Bindable(defaultValue = "30d") Duration episodic,
    @Bindable(defaultValue = "180d") Duration semantic,
    @Bindable(defaultValue = "365d") Duration procedural) {

  public static HalfLifeConfiguration defaults() {
    return new HalfLifeConfiguration(
        Duration.ofDays(1), Duration.ofDays(30), Duration.ofDays(180), Duration.ofDays(365));
  }

  /** The half-life of a memory type. */
  public Duration of(MemoryType type) {
    return switch (type) {
      case WORKING -> working;
      case EPISODIC -> episodic;
      case SEMANTIC -> semantic;
      case PROCEDURAL -> procedural;
    };
  }
}
