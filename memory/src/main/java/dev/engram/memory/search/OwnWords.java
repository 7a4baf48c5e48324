package dev.engram.memory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How much of what a memory matched of a keyword query is in its own content rather than only in
 * its context (the neighbouring turns of a conversation, the message a fact came from). The keyword
 * index holds both, so a reply such as "Wow, what kind of yoga is it?" matches "yoga" through the
 * turn before it as well as the turn that says it; read against its own words, the turn that says
 * it ranks first.
 *
 * <p>Terms are analysed as the keyword index analyses them (English stemming and stop words). A
 * memory's text is not analysed as a whole: each query term is looked up where its stem opens a
 * word, and only those words are stemmed (once per search: an instance serves one search, on one
 * thread), so the cost per candidate is a few string searches.
 */
final class OwnWords {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  /**
   * Most query terms looked up per candidate (a long query's tail counts little in BM25 anyway).
   */
  static final int MAX_TERMS = 16;

  private final Set<String> query;
  private final Map<String, Boolean> analysed = new HashMap<>();

  /** The query terms of a keyword text, to be looked up in the candidates of one search. */
  OwnWords(String keywordText) {
    this.query = terms(keywordText);
  }

  boolean isEmpty() {
    return query.isEmpty();
  }

  /** {@link #share(Set, String, String)} of this search's query terms. */
  double share(String content, String context) {
    return share(query, content, context, analysed);
  }

  /** The text's distinct analysed terms, at most {@link #MAX_TERMS}. */
  static Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /**
   * The share of the query terms found in the memory's text that its content holds: 1 when every
   * matched term is in the content (or the memory has no context, or matched none), 0 when it
   * matched only through its context.
   */
  static double share(Set<String> query, String content, String context) {
    return share(query, content, context, new HashMap<>());
  }

  private static double share(
      Set<String> query, String content, String context, Map<String, Boolean> analysed) {
    if (query.isEmpty() || context == null || context.isBlank()) {
      return 1;
    }
    String own = content.toLowerCase(Locale.ROOT);
    String around = context.toLowerCase(Locale.ROOT);
    int matched = 0;
    int inContent = 0;
    for (String term : query) {
      if (holds(own, term, analysed)) {
        matched++;
        inContent++;
      } else if (holds(around, term, analysed)) {
        matched++;
      }
    }
    return matched == 0 ? 1 : (double) inContent / matched;
  }

  /**
   * Whether a word of the lower-cased text analyses to the term. The stem's last letter may differ
   * from the word's ("happi" for "happy"), so words are found by the stem without it.
   */
  static boolean holds(String text, String term) {
    return holds(text, term, new HashMap<>());
  }

  /** As {@link #holds(String, String)}, remembering which word analyses to which term. */
  private static boolean holds(String text, String term, Map<String, Boolean> analysed) {
    String prefix = term.length() > 3 ? term.substring(0, term.length() - 1) : term;
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
        continue;
      }
      int end = at + prefix.length();
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      String word = text.substring(at, end);
      if (word.equals(term)
          || analysed.computeIfAbsent(word + ' ' + term, w -> terms(word).contains(term))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }
}
