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
 */
public record SearchRequest(
    String query,
    MemoryFilter filter,
    int limit,
    @Nullable Double similarityThreshold,
    @Nullable Double compositeThreshold) {
  public SearchRequest {
    requireNonNull(query, "query is null");
    requireNonNull(filter, "filter is null");
  }
}
