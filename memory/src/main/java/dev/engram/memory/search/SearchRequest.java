package dev.engram.memory.search;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.MemoryFilter;
import io.micronaut.core.annotation.Nullable;

/**
 * A search: the query text, which memories qualify, how many to return and the minimum scores.
 *
 * @param query natural-language query
 * @param filter which memories qualify (user, session, types, …)
 * @param limit how many hits at most (1 to 1,000)
 * @param similarityThreshold minimum cosine similarity of a hit, if any
 * @param compositeThreshold minimum composite score of a hit, if any
 * @param mode which signals to use: both (default), vectors only or keywords only
 * @param exact compare the query with every qualifying memory instead of asking the approximate
 *     index (slow; for measuring the index's recall)
 */
public record SearchRequest(
    String query,
    MemoryFilter filter,
    int limit,
    @Nullable Double similarityThreshold,
    @Nullable Double compositeThreshold,
    Mode mode,
    boolean exact) {
  public SearchRequest {
    requireNonNull(query, "query is null");
    requireNonNull(filter, "filter is null");
    requireNonNull(mode, "mode is null");
  }

  /** A hybrid, approximate search: what clients normally want. */
  public static SearchRequest of(String query, MemoryFilter filter, int limit) {
    return new SearchRequest(query, filter, limit, null, null, Mode.HYBRID, false);
  }

  /** Signals a search uses. */
  public enum Mode {
    HYBRID,
    VECTOR,
    KEYWORD
  }
}
