package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement says its subject wants, not has: the object of "for" ("saved 3,000 euros for a
 * new kitchen", "is saving for a holiday") or of a verb of needing ("needs new tyres"). A change
 * word inside it ("new") qualifies the thing wanted and says nothing changed; two such purposes are
 * two facts ("for a holiday" / "for a new kitchen": money put aside for each), not one value
 * replaced.
 */
final class Purposes {
  private Purposes() {}

  /** The preposition role of "for" ({@link Lexicon#PREPOSITION_ROLE}). */
  static final String PURPOSE = Lexicon.PREPOSITION_ROLE.get("for");

  /** Words between the verb or preposition and the thing: "for a new …", "needs some new …". */
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "some", "their", "his", "her", "my", "our", "its", "two", "few");

  /** WordNet's verb of needing: its first sense's synset holds it (need, require, want). */
  private static final String NEED = "need";

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(10_000).build();

  /**
   * Whether the word at {@code i} of the lower-case words qualifies a thing wanted: after "for" or
   * a verb of needing, with only determiners between.
   */
  static boolean wanted(List<String> raw, int i) {
    int j = i - 1;
    while (j >= 0 && DETERMINERS.contains(raw.get(j))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String before = raw.get(j);
    return PURPOSE.equals(Lexicon.PREPOSITION_ROLE.get(before)) || needing(before);
  }

  /** Whether a word's first verb sense is one of needing ("needs", "requires"). */
  static boolean needing(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    // the first sense's synset holds "need": WordNet.reaches at depth 0 reads the synset alone
    return WordNet.plain(w)
        && CACHE.get(
            w, k -> WordNet.firstVerbSense(w, first -> WordNet.reaches(first, NEED::equals, 0)));
  }

  /**
   * Whether what differs on each side is the object of "for": two purposes ("saved 3,000 euros for
   * a holiday" / "for a new kitchen"), each a fact of its own.
   */
  static boolean twoPurposes(Difference d, Statement existing, Statement incoming) {
    return purpose(d.onlyExisting(), existing) && purpose(d.onlyIncoming(), incoming);
  }

  /**
   * Whether what differs on one side opens with the object of "for", not a value, and ends the
   * statement ("for a trip to Japan"): the purpose and what qualifies it.
   */
  private static boolean purpose(List<String> only, Statement statement) {
    List<String> content = statement.content();
    // "rents a garage for 90 euros": a price after "for" is a value, not a purpose
    if (only.isEmpty()
        || !PURPOSE.equals(statement.prepositions().get(only.get(0)))
        || statement.values().contains(only.get(0))) {
      return false;
    }
    int from = content.indexOf(only.get(0));
    return from >= 0 && content.subList(from, content.size()).containsAll(only);
  }
}
