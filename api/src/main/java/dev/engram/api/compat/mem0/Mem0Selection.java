package dev.engram.api.compat.mem0;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which memories a mem0 request selects: one user (always), optionally one agent and one run
 * (Engram's session), read from the store; then {@code predicate} (the compiled filters).
 */
record Mem0Selection(
    String userId, @Nullable String agentId, @Nullable String runId, Predicate<Memory> predicate) {
  Mem0Selection {
    requireNonNull(userId, "userId is null");
    requireNonNull(predicate, "predicate is null");
  }

  /** What the store reads: the user's active memories, narrowed by agent and run when pinned. */
  MemoryFilter storeFilter() {
    return new MemoryFilter(
        new UserScope.OneUser(userId),
        runId,
        agentId,
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        null,
        null,
        null,
        Map.of(),
        Set.of());
  }
}
