package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Words that say where someone lives, typed from WordNet: a dwelling ("house", "flat", "apartment":
 * a kind of housing), a verb the lexicon reads as living somewhere whose first sense is a move
 * rather than a state ("moved", "relocated": not "lives", "resides"), and a verb of getting
 * something ("bought", "purchased") that, with a dwelling as its object, changes where one lives.
 */
final class Residence {
  private Residence() {}

  /** WordNet's noun for buildings people live in: house, apartment, home, flat, bungalow. */
  private static final String HOUSING = "housing";

  /** WordNet's verb of getting something, the hypernym of buying and purchasing. */
  private static final String GET = "get";

  /** WordNet's lexicographer file of verbs of being in a state (live, reside). */
  private static final String STATIVE = "verb.stative";

  /** WordNet's lexicographer file of verbs of having and transferring (buy, purchase). */
  private static final String POSSESSION = "verb.possession";

  /** Noun senses read ("flat" is first a level tract of land, later an apartment). */
  private static final int SENSES = 8;

  /** Hypernym steps from a noun's sense to housing ("flat" → apartment → housing). */
  private static final int DEPTH = 4;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** The lexicon's word for living somewhere (lives, resides, moved, relocated). */
  static final String LIVE = Lexicon.canonical("live");

  /** Whether a lower-case word names a dwelling: one of its first noun senses is housing. */
  static boolean dwelling(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get("d|" + w, Residence::readDwelling);
  }

  /**
   * Whether a word the lexicon reads as living somewhere says a move: its first WordNet verb sense
   * is not a state ("moved": change location; "relocated"; not "lives": be an inhabitant of).
   */
  static boolean move(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w)
        && LIVE.equals(Lexicon.canonical(w))
        && CACHE.get(
            "m|" + w, k -> WordNet.firstVerbSense(w, s -> !STATIVE.equals(s.getLexFileName())));
  }

  /**
   * Whether a verb says getting something: its first sense is a verb of possession that is, or is a
   * kind of, getting ("bought": obtain by purchase; not "rents": let for money, nor "owns").
   */
  static boolean acquisition(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w)
        && CACHE.get(
            "a|" + w,
            k ->
                WordNet.firstVerbSense(
                    w,
                    s ->
                        POSSESSION.equals(s.getLexFileName())
                            && WordNet.reaches(s, GET::equalsIgnoreCase, 1)));
  }

  private static boolean readDwelling(String key) {
    String word = key.substring(2);
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          if (noun == null) {
            return false;
          }
          List<Synset> senses = noun.getSenses();
          for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            if (WordNet.reaches(senses.get(i), HOUSING::equalsIgnoreCase, DEPTH)) {
              return true;
            }
          }
          return false;
        });
  }
}
