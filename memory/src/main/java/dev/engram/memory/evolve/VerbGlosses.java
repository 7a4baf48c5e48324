package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Verbs that WordNet spells out in a few words: "cycle" is, in one of its senses, "ride a bicycle"
 * (its synonyms "bike", "pedal"), so "User cycles to work" and "User rides a bike to work" say one
 * thing. A sense's words are its definition and its synonyms, since a speaker says "bike" where the
 * definition says "bicycle".
 */
final class VerbGlosses {
  private VerbGlosses() {}

  /** Verb senses read: "cycle" is to ride a bicycle only in its third. */
  private static final int SENSES = 6;

  private static final Cache<String, List<Set<String>>> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether an inflected verb ({@code surface} as written, "cycles") has a sense whose definition
   * and synonyms hold every one of {@code phrase}'s canonical words (at least two: "ride", "bike").
   */
  static boolean spellsOut(String surface, List<String> phrase) {
    String w = surface.toLowerCase(Locale.ROOT);
    if (phrase.size() < 2 || !WordNet.verbForm(w)) {
      return false;
    }
    for (Set<String> words : CACHE.get(w, VerbGlosses::read)) {
      if (words.containsAll(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static List<Set<String>> read(String word) {
    List<Set<String>> out = new java.util.ArrayList<>();
    WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word);
          if (verb == null) {
            return false;
          }
          List<Synset> senses = verb.getSenses();
          for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            Set<String> words = new HashSet<>();
            for (String token : WordNet.definitionWords(senses.get(i).getGloss())) {
              words.add(Lexicon.canonical(token));
            }
            for (Word synonym : senses.get(i).getWords()) {
              String lemma = synonym.getLemma().toLowerCase(Locale.ROOT);
              if (!lemma.equals(verb.getLemma())) {
                words.add(Lexicon.canonical(lemma));
              }
            }
            out.add(Set.copyOf(words));
          }
          return true;
        });
    return List.copyOf(out);
  }
}
