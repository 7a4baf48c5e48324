package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Words of how often, typed from WordNet: an adjective or adverb whose first definition says
 * "every" or "each" and then, within a few words, a noun of time ("daily": every day; "weekly": of
 * or occurring every seven days; "nightly": happening every night). Like a weekday or a month, such
 * a word says when something happens, not what it is about.
 */
final class Frequencies {
  private Frequencies() {}

  private static final Set<String> EVERY = Set.of("every", "each");

  /** Words between "every" and its period: "every seven days". */
  private static final int GAP = 3;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a lower-case word says how often. */
  static boolean frequency(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Frequencies::read);
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          for (POS pos : List.of(POS.ADJECTIVE, POS.ADVERB)) {
            IndexWord index = dictionary.lookupIndexWord(pos, word);
            if (index != null
                && !index.getSenses().isEmpty()
                && every(dictionary, index.getSenses().get(0).getGloss())) {
              return true;
            }
          }
          return false;
        });
  }

  private static boolean every(Dictionary dictionary, String gloss) throws JWNLException {
    List<String> tokens = WordNet.definitionWords(gloss);
    for (int i = 0; i < tokens.size(); i++) {
      if (EVERY.contains(tokens.get(i))) {
        for (int j = i + 1; j <= i + GAP && j < tokens.size(); j++) {
          if (timeNoun(dictionary, tokens.get(j))
              || timeNoun(dictionary, singular(tokens.get(j)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a noun's first sense is a time (WordNet's noun.time: day, week, night, hour). */
  private static boolean timeNoun(Dictionary dictionary, String token) throws JWNLException {
    IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, token);
    return noun != null
        && !noun.getSenses().isEmpty()
        && "noun.time".equals(noun.getSenses().get(0).getLexFileName());
  }

  private static String singular(String token) {
    return token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
  }
}
