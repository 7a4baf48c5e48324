package dev.engram.memory.search;

import dev.engram.memory.Stemmer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How much of what a memory matched of a keyword query are its own words rather than words it
 * borrows from its context (the turns around a conversation turn, the message a fact replies to).
 * The keyword index holds content and context together, so a reaction such as "Wow, that painting
 * is awesome!" matches what the turn before it said as well as that turn does; read against its own
 * words, the turn that said it ranks first.
 *
 * <p>A memory's own words are its content and, in its context, the words of its own message as
 * ingestion quotes them ({@code said: …}, see {@code ConversationJob.repliesTo}). A word the
 * context holds only inside a question ("after: Where did you go camping?") counts as the memory's
 * own too: a reply to a question is about what the question asks, while a reply to a statement is a
 * reaction to it.
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

  /** The label of the part of an ingested fact's context that quotes its own message. */
  static final String SAID = "said: ";

  private final Set<String> query;
  private final Map<String, String> analysed = new HashMap<>();

  /** The query terms of a keyword text, to be looked up in the candidates of one search. */
  OwnWords(String keywordText) {
    this.query = terms(keywordText);
  }

  boolean isEmpty() {
    return query.isEmpty();
  }

  /** How many distinct terms the query holds (at most {@link #MAX_TERMS}). */
  int size() {
    return query.size();
  }

  /**
   * The query terms the memory's text holds anywhere, in its content or its context (the text the
   * keyword index matched), as {@link #find} reads words.
   */
  Set<String> matched(String content, String context) {
    String text = context == null || context.isBlank() ? content : content + "\n" + context;
    text = text.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String term : query) {
      if (find(text, term, analysed) != Found.NOWHERE) {
        out.add(term);
      }
    }
    return out;
  }

  /**
   * The share of this search's query terms found in the memory's text that are its own words: 1
   * when every matched term is (or the memory has no context, or matched none), 0 when it matched
   * only words its context holds in statements of others.
   */
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

  private static double share(
      Set<String> query, String content, String context, Map<String, String> analysed) {
    if (query.isEmpty() || context == null || context.isBlank()) {
      return 1;
    }
    String own = content.toLowerCase(Locale.ROOT);
    context = context.toLowerCase(Locale.ROOT);
    int said = ownMessage(context);
    if (said >= 0) {
      own = own + " " + context.substring(said);
      context = context.substring(0, said);
    }
    int matched = 0;
    int borrowed = 0;
    for (String term : query) {
      if (find(own, term, analysed) != Found.NOWHERE) {
        matched++;
        continue;
      }
      Found around = find(context, term, analysed);
      if (around != Found.NOWHERE) {
        matched++; // a word only in a question the memory replies to is its own
        if (around == Found.IN_A_STATEMENT) {
          borrowed++;
        }
      }
    }
    return matched == 0 ? 1 : (double) (matched - borrowed) / matched;
  }

  /** Where the part of a lower-cased context that quotes the memory's own message starts, or -1. */
  static int ownMessage(String context) {
    if (context.startsWith(SAID)) {
      return 0;
    }
    int at = context.indexOf("; " + SAID);
    return at < 0 ? -1 : at + 2;
  }

  /** Where a word of a text that analyses to a query term was found. */
  enum Found {
    NOWHERE,
    ONLY_IN_QUESTIONS,
    IN_A_STATEMENT
  }

  /**
   * Where a word of the lower-cased text analyses to the term: in a statement as soon as one
   * occurrence is outside a question; remembers each word's term.
   */
  static Found find(String text, String term, Map<String, String> analysed) {
    String prefix = term.length() > 3 ? term.substring(0, term.length() - 1) : term;
    Found found = Found.NOWHERE;
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
        continue;
      }
      int end = at + prefix.length();
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      boolean same = end - at == term.length() && text.startsWith(term, at);
      if (same || analysed.computeIfAbsent(text.substring(at, end), OwnWords::stem).equals(term)) {
        if (!inQuestion(text, end)) {
          return Found.IN_A_STATEMENT;
        }
        found = Found.ONLY_IN_QUESTIONS;
      }
    }
    return found;
  }

  /**
   * The term of one lower-case word, as the keyword index's English analyzer writes it: without a
   * possessive "'s", Porter-stemmed ({@link Stemmer}, the same algorithm), without running the
   * analyzer per word.
   */
  static String stem(String word) {
    String w = word;
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith("'") || w.endsWith("’")) {
      w = w.substring(0, w.length() - 1);
    }
    return Stemmer.stem(w);
  }

  /**
   * Whether the sentence going on at {@code from} ends with a question mark (a sentence ends at
   * ".", "!", "?", ";" or a line break).
   */
  static boolean inQuestion(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (c == '.' || c == '!' || c == ';' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }
}
