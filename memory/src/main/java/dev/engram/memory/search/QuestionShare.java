package dev.engram.memory.search;

/**
 * How much of a memory's content is a question: the share of its words that stand in sentences
 * ending with "?". A memory that asks ("Wow! What got you into running?") states nothing about what
 * it names, so a search looking for what someone did, likes or said ranks it below the statements
 * that answer; conversation turns stored as memories hold many such questions, and they match a
 * query's words as well as the answers do. A statement ("User runs to de-stress"), which is what
 * most memories are, has a share of 0.
 *
 * <p>Sentences end at ".", "!" or "?" (a run of them); closing quotes and brackets after the mark
 * do not hide it. Words are runs of letters and digits (with inner apostrophes). A text without "?"
 * is not read further; otherwise one pass over its characters, no allocation: it runs once per
 * candidate of a search.
 */
final class QuestionShare {
  private QuestionShare() {}

  /** The share of the text's words that stand in questions, 0 to 1; 0 for a text without words. */
  static double of(String text) {
    if (text == null || text.indexOf('?') < 0) {
      return 0; // a statement, as most memories are: one scan for the mark and no more
    }
    int words = 0;
    int asked = 0;
    int sentence = 0; // words of the sentence being read
    boolean inWord = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          sentence++;
          inWord = true;
        }
        i++;
      } else if (inWord
          && (c == '\'' || c == '’')
          && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++; // an inner apostrophe: "don't", "Caroline's"
      } else if (c == '.' || c == '!' || c == '?') {
        boolean question = false;
        while (i < n && isMark(text.charAt(i))) {
          question |= text.charAt(i) == '?';
          i++;
        }
        // "3.5", "e.g." inside a word run: a period followed by a letter or digit ends nothing
        if (!question && i < n && Character.isLetterOrDigit(text.charAt(i))) {
          inWord = false;
          continue;
        }
        words += sentence;
        if (question) {
          asked += sentence;
        }
        sentence = 0;
        inWord = false;
      } else {
        inWord = false;
        i++;
      }
    }
    words += sentence;
    return words == 0 ? 0 : (double) asked / words;
  }

  /** A sentence's closing mark, or what may follow it before the next sentence. */
  private static boolean isMark(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == '\''
        || c == ')' || c == ']';
  }
}
