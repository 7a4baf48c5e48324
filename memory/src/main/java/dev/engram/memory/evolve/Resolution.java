package dev.engram.memory.evolve;

import dev.engram.memory.Memory;
import dev.engram.memory.evolve.Resolver.Decision;
import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * What storing one statement did.
 *
 * @param decision the resolver's decision
 * @param memory the resulting memory: the added or replacing one, the reinforced one, the deleted
 *     one; null when skipped
 */
public record Resolution(Decision decision, @Nullable Memory memory) {
  public Resolution {
    Objects.requireNonNull(decision, "decision is null");
  }
}
