package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of changing an amount, typed from WordNet: the first verb sense is, or is a kind of,
 * "change magnitude", "increase" (make bigger or more) or "decrease" ("increase": become bigger or
 * greater in amount; "raise": raise the level or amount of something; "reduce": cut down on;
 * "double": increase twofold). With a number in the statement ("the doctor raised the dose to 100
 * mg"), the number is a new value of what the older statement measured, whoever made the change.
 * Only an inflected form counts ("raised", "increases"): the bare word is as often a noun.
 */
final class Magnitude {
  private Magnitude() {}

  /** WordNet's verbs of changing an amount: the intransitive one, and making bigger or smaller. */
  private static final Set<String> CHANGE_MAGNITUDE =
      Set.of("change magnitude", "increase", "decrease");

  /** Hypernym steps from a verb's first sense to "change magnitude" (double → multiply → …). */
  private static final int DEPTH = 3;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a lower-case word is a verb whose first sense changes an amount. */
  static boolean verb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Magnitude::read);
  }

  /**
   * Senses of a phrasal verb read: "go up" is first to move upward, then to increase; "go down"
   * grows smaller in its third.
   */
  private static final int PHRASAL_SENSES = 3;

  /**
   * Whether a verb and the particle after it change an amount: a WordNet phrasal verb with one of
   * its first senses a kind of "change magnitude" ("went up": increase in value; "gone down": grow
   * smaller).
   */
  static boolean phrasal(String word, String particle) {
    String w = word.toLowerCase(Locale.ROOT);
    String p = particle.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w) || !WordNet.plain(p) || Lexicon.STOP.contains(p)) {
      return false;
    }
    return CACHE.get(
        w + " " + p,
        k ->
            WordNet.ask(
                k,
                dictionary -> {
                  IndexWord verb = dictionary.lookupIndexWord(POS.VERB, k);
                  if (verb == null || !verb.getLemma().contains(" ")) {
                    return false;
                  }
                  List<Synset> senses = verb.getSenses();
                  for (int i = 0; i < Math.min(PHRASAL_SENSES, senses.size()); i++) {
                    if (WordNet.reaches(
                        senses.get(i),
                        l -> CHANGE_MAGNITUDE.contains(l.toLowerCase(Locale.ROOT)),
                        DEPTH)) {
                      return true;
                    }
                  }
                  return false;
                }));
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word);
          // an inflected form ("raised", "increases"): the bare word is as often a noun ("a pay
          // increase")
          return verb != null
              && !verb.getSenses().isEmpty()
              && !verb.getLemma().equalsIgnoreCase(word)
              && WordNet.reaches(
                  verb.getSenses().get(0),
                  l -> CHANGE_MAGNITUDE.contains(l.toLowerCase(Locale.ROOT)),
                  DEPTH);
        });
  }
}
