package dev.engram.memory.evolve;

import java.util.Optional;

/**
 * A verdict of one of the rules kept in a class of its own ({@link Stages}): the action and why,
 * the reason ending where the resolver adds the memory's id.
 */
record RuleCall(Resolver.Action action, String reason) {

  /** The verdict of the first of these rules that has one on an older and a newer statement. */
  static Optional<RuleCall> of(String older, String newer) {
    return Stages.decide(older, newer);
  }
}
