package dev.engram.memory.evolve;

import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryWriter;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** Resolved write paths for tests outside this package: the rule engine, every candidate linked. */
public final class TestEvolvers {
  private TestEvolvers() {}

  public static MemoryEvolver rules(
      MemoryStore store, MemoryIndex index, MemoryWriter writer, Clock clock) {
    return new MemoryEvolver(
        store, index, writer, new RuleResolver(), new EvolutionConfiguration(0.0, 5), clock);
  }

  /** The same, deciding with the rule engine wrapped by {@code wrap}. */
  public static MemoryEvolver wrappingRules(
      UnaryOperator<Resolver> wrap,
      MemoryStore store,
      MemoryIndex index,
      MemoryWriter writer,
      Clock clock) {
    return new MemoryEvolver(
        store,
        index,
        writer,
        wrap.apply(new RuleResolver()),
        new EvolutionConfiguration(0.0, 5),
        clock);
  }
}
