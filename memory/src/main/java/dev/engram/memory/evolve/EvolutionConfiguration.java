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
 * @param slotFloor lowest cosine similarity for a memory under the link threshold to be compared
 *     all the same, when both statements fill one single-valued slot of the same subject ({@link
 *     Slot}: "is a student" / "works full-time as an accountant now", cosine 0.36)
 * @param learnedPairs whether the rule engine's defaults (a pair added because no rule read a
 *     change or a paraphrase in it) may be overruled by the small learned pair model ({@link
 *     LearnedPairs}) when it is confident the new statement supersedes or restates the memory
 */
@ConfigurationProperties("engram.evolution")
public record EvolutionConfiguration(
    @Bindable(defaultValue = "0.4") double linkThreshold,
    @Bindable(defaultValue = "5") int candidates,
    @Bindable(defaultValue = "0.2") double slotFloor,
    @Bindable(defaultValue = "true") boolean learnedPairs) {

  /** The default {@link #slotFloor}. */
  public static final double SLOT_FLOOR = 0.2;

  /** A configuration with the default slot floor and the learned pair model on. */
  public EvolutionConfiguration(double linkThreshold, int candidates) {
    this(linkThreshold, candidates, SLOT_FLOOR, true);
  }

  /** The defaults, for code and tests outside a Micronaut context. */
  public static EvolutionConfiguration defaults() {
    return new EvolutionConfiguration(0.4, 5, SLOT_FLOOR, true);
  }
}
