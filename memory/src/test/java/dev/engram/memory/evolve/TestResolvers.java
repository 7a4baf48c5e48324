package dev.engram.memory.evolve;

/** Real resolvers for tests outside this package. */
public final class TestResolvers {
  private TestResolvers() {}

  /** The rule engine, as the LLM engine's fallback. */
  public static Resolver rules() {
    return new RuleResolver();
  }
}
