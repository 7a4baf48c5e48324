package dev.engram.memory.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Analysis of memory text and of keyword queries. English stemming and stop words: conversational
 * memories ("prefers", "preferred", "preference") match queries in another inflection. A query is
 * never parsed as syntax: its analyzed terms become optional (SHOULD) clauses scored by BM25, so
 * any user input ({@code "C++ (and) OR:"}) is safe.
 */
final class LuceneText {
  /** Longest query taken into account, in distinct terms (well below Lucene's clause limit). */
  static final int MAX_QUERY_TERMS = 256;

  private LuceneText() {}

  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** The BM25 query of the text's terms, or empty when no term survives analysis. */
  static Optional<Query> toQuery(Analyzer analyzer, String text) {
    Set<String> terms = terms(analyzer, text);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(new TermQuery(new Term(LuceneFields.TEXT, term)), Occur.SHOULD);
    }
    return Optional.of(query.build());
  }

  /** The text's distinct analyzed terms, in order, at most {@link #MAX_QUERY_TERMS}. */
  static Set<String> terms(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(LuceneFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
