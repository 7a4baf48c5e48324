package dev.engram.memory.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance over the best hits, so that the top of a result is not several
 * rewordings of one statement: hits are taken greedily by {@code composite − diversity × max cosine
 * to a hit already taken}. The first hit is always the best one; scores are kept as they are, only
 * the order below the first changes. {@code diversity = 0} keeps the composite order.
 */
final class Diversifier {
  /** How many of the best hits, per hit asked for, may be reordered. */
  static final int POOL_FACTOR = 3;

  private Diversifier() {}

  /** The first {@code limit} hits of {@code sorted} (best first) in diversified order. */
  static List<SearchHit> select(List<SearchHit> sorted, int limit, double diversity) {
    if (diversity <= 0 || sorted.size() <= 1) {
      return sorted.size() > limit ? sorted.subList(0, limit) : sorted;
    }
    List<SearchHit> pool =
        new ArrayList<>(sorted.subList(0, Math.min(sorted.size(), limit * POOL_FACTOR)));
    double[] redundancy = new double[pool.size()];
    boolean[] taken = new boolean[pool.size()];
    List<SearchHit> out = new ArrayList<>(Math.min(limit, pool.size()));
    while (out.size() < limit && out.size() < pool.size()) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < pool.size(); i++) {
        if (taken[i]) {
          continue;
        }
        double score = pool.get(i).compositeScore() - diversity * redundancy[i];
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      taken[best] = true;
      SearchHit chosen = pool.get(best);
      out.add(chosen);
      float[] v = chosen.memory().embedding();
      for (int i = 0; i < pool.size(); i++) {
        float[] w = pool.get(i).memory().embedding();
        if (!taken[i] && v != null && w != null) {
          redundancy[i] = Math.max(redundancy[i], Math.max(0, MemorySearch.dot(v, w)));
        }
      }
    }
    return out;
  }
}
