package dev.engram.sdk.model;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The hits of a search, best first, and how long it took. */
public record SearchResult(
    List<SearchHit> results, int candidates, double searchTimeMs, Map<String, Double> timings)
    implements Iterable<SearchHit> {
  public SearchResult {
    results = Norm.list(results);
    timings = Norm.map(timings);
  }

  @Override
  public Iterator<SearchHit> iterator() {
    return results.iterator();
  }
}
