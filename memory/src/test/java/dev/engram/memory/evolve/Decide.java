package dev.engram.memory.evolve;

import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;

/** The rule engine's decision on a statement against one memory of the same user. */
final class Decide {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final RuleResolver RESOLVER = new RuleResolver();

  private Decide() {}

  /**
   * The decision on {@code incoming} when {@code existing} is its one candidate at {@code cosine}.
   */
  static Decision decide(String existing, String incoming, double cosine) {
    return RESOLVER.resolve(
        incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), cosine)));
  }
}
