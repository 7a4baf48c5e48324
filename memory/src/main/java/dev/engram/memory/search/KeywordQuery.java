package dev.engram.memory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a keyword search looks for: a question loses its question syntax (wh-words, auxiliary
 * verbs, "likely", "kind of"), which every stored question and reply also contains, so that BM25
 * ranks by the words that carry the content ("What did Caroline research?" → "Caroline research").
 * Lucene's English stop words do not hold these words ("what", "did", "would" score like content
 * words there). A question also loses the words that name the person whose memories are searched by
 * a role ("the customer", "the caller"; {@link #OWNER_ROLES}): every memory of that person is about
 * them, the facts ingestion extracts call them "User" or by name, and only the few memories that
 * happen to use the role word (an agent's note "Customer was offered a discount") would match it —
 * by a rare word, so with a high BM25 weight, for a word that says nothing of what is asked ("where
 * does the customer live" looks for "live"). A text that is not a question, or that would lose
 * every word, is kept as it is. Only the keyword side changes: the query's embedding is computed
 * from the text as written.
 */
public final class KeywordQuery {
  /** Interrogatives, auxiliary and modal verbs and hedges of question syntax. */
  static final Set<String> QUESTION_WORDS =
      Set.of(
          "what", "when", "where", "who", "whom", "whose", "which", "why", "how", "did", "does",
          "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should",
          "will", "shall", "might", "may", "likely", "kind", "kinds", "type", "types", "sort",
          "sorts", "some", "any", "ever");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

  /**
   * Role nouns by which a question names the person it asks about: after "the", "this" or "that"
   * ("Where does the customer live?", "What does this caller want?"), singular or possessive.
   */
  static final Set<String> OWNER_ROLES =
      Set.of(
          "user",
          "customer",
          "client",
          "caller",
          "patient",
          "guest",
          "member",
          "subscriber",
          "buyer",
          "shopper");

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");

  private KeywordQuery() {}

  /** The keyword text of a query: the question's content words, or the query unchanged. */
  public static String of(String query) {
    if (!isQuestion(query)) {
      return query;
    }
    List<String> kept = new ArrayList<>();
    Matcher words = WORD.matcher(query);
    while (words.find()) {
      String word = words.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (isOwnerRole(lower)
          && !kept.isEmpty()
          && DETERMINERS.contains(kept.getLast().toLowerCase(Locale.ROOT))) {
        kept.removeLast();
      } else if (!QUESTION_WORDS.contains(lower)) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? query : String.join(" ", kept);
  }

  /** Whether a lower-case word is a role noun of {@link #OWNER_ROLES}, possibly possessive. */
  static boolean isOwnerRole(String word) {
    String w = word.replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return OWNER_ROLES.contains(w);
  }

  /** Ends with a question mark, or opens with an interrogative or an auxiliary verb. */
  static boolean isQuestion(String query) {
    String text = query.strip();
    if (text.endsWith("?")) {
      return true;
    }
    Matcher first = WORD.matcher(text);
    return first.find()
        && first.start() == 0
        && OPENERS.contains(first.group().toLowerCase(Locale.ROOT));
  }

  /** Words that open a question that has lost its question mark. */
  private static final Set<String> OPENERS =
      Set.of(
          "what", "when", "where", "who", "whom", "whose", "which", "why", "how", "did", "does",
          "would", "could", "should");
}
