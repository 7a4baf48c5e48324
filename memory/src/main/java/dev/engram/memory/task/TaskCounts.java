package dev.engram.memory.task;

import dev.engram.memory.evolve.Resolver;

/** What a task did to memories, one count per resolver decision. */
public record TaskCounts(int added, int updated, int reinforced, int deleted, int skipped) {
  public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0);

  /** These counts and one more decision. */
  public TaskCounts plus(Resolver.Action action) {
    return switch (action) {
      case ADD -> new TaskCounts(added + 1, updated, reinforced, deleted, skipped);
      case UPDATE -> new TaskCounts(added, updated + 1, reinforced, deleted, skipped);
      case REINFORCE -> new TaskCounts(added, updated, reinforced + 1, deleted, skipped);
      case DELETE -> new TaskCounts(added, updated, reinforced, deleted + 1, skipped);
      case SKIP -> new TaskCounts(added, updated, reinforced, deleted, skipped + 1);
    };
  }
}
