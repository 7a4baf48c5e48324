package dev.engram.memory.index.lucene;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Translates the indexable parts of a {@link MemoryFilter} into a Lucene filter query with the
 * semantics of {@link MemoryFilter#matches}. Metadata equality and expiry are left to the caller,
 * which re-checks every hit against the store.
 */
final class LuceneFilters {
  private LuceneFilters() {}

  static Query toQuery(MemoryFilter filter) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    filter.user().ifPresent(user -> term(query, LuceneFields.USER, user));
    term(query, LuceneFields.SESSION, filter.sessionId());
    term(query, LuceneFields.AGENT, filter.agentId());
    term(query, LuceneFields.RUN, filter.runId());
    anyOf(query, LuceneFields.TYPE, filter.types().stream().map(MemoryType::value).toList());
    anyOf(query, LuceneFields.CATEGORY, filter.categories());
    anyOf(query, LuceneFields.TAGS, filter.tags());
    anyOf(query, LuceneFields.STATUS, filter.statuses().stream().map(MemoryStatus::value).toList());
    if (filter.minImportance() != null) {
      query.add(
          IntPoint.newRangeQuery(
              LuceneFields.IMPORTANCE, filter.minImportance(), Integer.MAX_VALUE),
          Occur.FILTER);
    }
    if (filter.createdFrom() != null || filter.createdTo() != null) {
      long from =
          filter.createdFrom() == null
              ? Long.MIN_VALUE
              : LuceneFields.floorMicros(filter.createdFrom());
      long to =
          filter.createdTo() == null
              ? Long.MAX_VALUE
              : LuceneFields.ceilMicros(filter.createdTo()) - 1;
      query.add(LongPoint.newRangeQuery(LuceneFields.CREATED, from, to), Occur.FILTER);
    }
    if (filter.validAt() != null) {
      long at = LuceneFields.floorMicros(filter.validAt());
      query.add(LongPoint.newRangeQuery(LuceneFields.VALID_FROM, Long.MIN_VALUE, at), Occur.FILTER);
      query.add(
          LongPoint.newRangeQuery(LuceneFields.VALID_TO, at + 1, Long.MAX_VALUE), Occur.FILTER);
    }
    return query.build();
  }

  private static void term(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private static void anyOf(BooleanQuery.Builder query, String field, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == 1) {
      term(query, field, values.iterator().next());
      return;
    }
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    query.add(new TermInSetQuery(field, terms), Occur.FILTER);
  }
}
