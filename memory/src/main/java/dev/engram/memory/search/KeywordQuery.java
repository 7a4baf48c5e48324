package dev.engram.memory.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a keyword search looks for: a question loses its question syntax (wh-words, auxiliary
 * verbs, "likely", "kind of"), which every stored question and reply also contains, so that BM25
 * ranks by the words that carry the content ("What did Caroline research?" → "Caroline research").
 * Lucene's English stop words do not hold these words ("what", "did", "would" score like content
 * words there). A text that is not a question, or that would lose every word, is kept as it is.
 * Only the keyword side changes: the query's embedding is computed from the text as written.
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

  private KeywordQuery() {}

  /** The keyword text of a query: the question's content words, or the query unchanged. */
  public static String of(String query) {
    if (!isQuestion(query)) {
      return query;
    }
    StringBuilder out = new StringBuilder(query.length());
    Matcher words = WORD.matcher(query);
    while (words.find()) {
      String word = words.group();
      if (!QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.isEmpty() ? query : out.toString();
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
