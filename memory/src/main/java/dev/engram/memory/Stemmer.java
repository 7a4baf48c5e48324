package dev.engram.memory;

import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The engine's one English stemmer: the Porter algorithm as Lucene ships it (the Snowball
 * implementation in lucene-analysis-common), the same algorithm the keyword index applies through
 * its English analyzer, so that the resolver, the summarizer and search fold "plans", "planned" and
 * "planning" alike.
 */
public final class Stemmer {
  private Stemmer() {}

  /** Snowball stemmers keep state between calls: one per thread. */
  private static final ThreadLocal<PorterStemmer> STEMMER =
      ThreadLocal.withInitial(PorterStemmer::new);

  /**
   * The stem of one lower-case word ("plans" → "plan", "studies" → "studi"); words of three letters
   * or fewer, and words holding anything but letters (numbers, ids, "e-mail"), stay as they are.
   */
  public static String stem(String word) {
    if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) {
      return word;
    }
    PorterStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
