package dev.engram.memory.evolve;

import java.util.Optional;

/**
 * A verdict of one of the rules kept in a class of its own ({@link Stages}): the action and why,
 * the reason ending where the resolver adds the memory's id. {@link Measures} gives verdicts of the
 * same form but is not consulted: measured in session 27, it lowered four held-out sets.
 */
record RuleCall(Resolver.Action action, String reason) {

  /** The verdict of the first of these rules that has one on an older and a newer statement. */
  static Optional<RuleCall> of(String older, String newer) {
    return Stages.decide(older, newer);
  }
}
