package dev.engram.memory.index.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;

/**
 * A filtered k-NN query that scores a segment's matching documents exactly when the filter matches
 * at most {@code exactUpTo} of them, and walks the HNSW graph only above that.
 *
 * <p>A per-user filter at 100 users matches ~1 % of an app's documents: the graph walk then has to
 * step over ~99 non-matching neighbours for every match (Lucene's filtered search explores two hops
 * out), visiting several thousand nodes for 40 hits, and often ends at its visit limit and falls
 * back to the exact scan anyway. Scoring 1,000 matching vectors directly is ~1,000 dot products
 * (SIMD, off-heap), cheaper and exact. Lucene itself goes exact only when the filter matches no
 * more documents than {@code k}; this query asks for it below a configured count by reporting the
 * approximate search as incomplete, which makes Lucene score the filter's documents exactly.
 */
final class FilteredKnnQuery extends KnnFloatVectorQuery {
  /** An approximate result that Lucene treats as incomplete: it then runs its exact search. */
  private static final TopDocs INCOMPLETE =
      new TopDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), new ScoreDoc[0]);

  private final int exactUpTo;

  FilteredKnnQuery(String field, float[] target, int k, Query filter, int exactUpTo) {
    super(field, target, k, filter);
    this.exactUpTo = exactUpTo;
  }

  @Override
  protected TopDocs approximateSearch(
      LeafReaderContext context,
      AcceptDocs acceptDocs,
      int visitedLimit,
      KnnCollectorManager collectors)
      throws IOException {
    // with a filter Lucene passes the filter's cost + 1 as the visit limit, else MAX_VALUE
    if (visitedLimit != Integer.MAX_VALUE && visitedLimit - 1 <= exactUpTo) {
      return INCOMPLETE;
    }
    return super.approximateSearch(context, acceptDocs, visitedLimit, collectors);
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && ((FilteredKnnQuery) other).exactUpTo == exactUpTo;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), exactUpTo);
  }
}
