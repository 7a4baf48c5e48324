package dev.engram.memory.evolve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How the resolved write path finds the memories a new statement may duplicate or contradict.
 *
 * @param linkThreshold lowest cosine similarity for an existing memory to be compared at all (with
 *     the quantized MiniLM, related pairs of the development set score 0.53 to 0.93, unrelated ones
 *     0.08 to 0.34; the rules, not the threshold, separate duplicates from contradictions)
 * @param candidates how many nearest active memories of the user are compared
 */
@ConfigurationProperties("engram.evolution")
public record EvolutionConfiguration(
    @Bindable(defaultValue = "0.4") double linkThreshold,
    @Bindable(defaultValue = "5") int candidates) {

  /** The defaults, for code and tests outside a Micronaut context. */
  public static EvolutionConfiguration defaults() {
    return new EvolutionConfiguration(0.4, 5);
  }
}
