package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * One word for not doing something, read from its WordNet definition: "teetotal" is "practicing
 * complete abstinence from alcoholic beverages" and a "teetotaler" "a person who abstains from
 * alcohol", so "is teetotal" says what "doesn't drink alcohol" and "has not touched alcohol in
 * years" say. The definition refrains (a verb of refraining, {@link WordNet#refrains}, or a noun
 * derived from one: "abstinence"); what the negated statement does not do is named in it, and its
 * verb is either named too or a verb of consumption in one of its senses ("drink"; "touch":
 * consume), since to abstain from a drink is not to consume it. When it is said (a time, a period)
 * is left aside.
 */
final class Abstention {
  private Abstention() {}

  /** Senses of a verb read for one of consumption: "touch" consumes in its 12th or so. */
  private static final String CONSUMPTION = "verb.consumption";

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether {@code word}, one plain content word said positively, is defined as refraining from
   * what {@code phrase}, negated and with no values but times, says its subject does not do.
   */
  static boolean defines(Statement word, Statement phrase) {
    if (word.content().size() != 1
        || !word.values().isEmpty()
        || word.negative()
        || !phrase.negative()) {
      return false;
    }
    List<String> said = phrase.content().stream().filter(w -> !timed(w, phrase)).toList();
    if (said.isEmpty() || said.stream().anyMatch(phrase.values()::contains)) {
      return false;
    }
    for (String gloss : Definitions.glosses(word.surfaceOf(word.content().get(0)))) {
      List<String> tokens = WordNet.definitionWords(gloss);
      if (tokens.stream().noneMatch(Abstention::refraining)) {
        continue;
      }
      Set<String> words = tokens.stream().map(Lexicon::canonical).collect(Collectors.toSet());
      boolean named = said.stream().anyMatch(words::contains);
      boolean covered =
          said.stream().allMatch(w -> words.contains(w) || consumption(phrase.surfaceOf(w)));
      if (named && covered) {
        return true;
      }
    }
    return false;
  }

  private static boolean timed(String w, Statement s) {
    return ValueKinds.time(w, s) || !s.values().contains(w) && WordNet.period(s.surfaceOf(w));
  }

  /** Whether a word of a definition refrains: "abstains", "avoids", or "abstinence". */
  static boolean refraining(String token) {
    if (WordNet.refrains(token)) {
      return true;
    }
    return WordNet.plain(token) && CACHE.get("n|" + token, k -> derivedFromRefraining(token));
  }

  /** Whether a noun's first sense is derived from a verb of refraining ("abstinence"). */
  private static boolean derivedFromRefraining(String noun) {
    return WordNet.ask(
        noun,
        dictionary -> {
          IndexWord index = dictionary.lookupIndexWord(POS.NOUN, noun);
          if (index == null || index.getSenses().isEmpty()) {
            return false;
          }
          for (Pointer p : index.getSenses().get(0).getPointers(PointerType.DERIVATION)) {
            for (Word w : p.getTargetSynset().getWords()) {
              if (WordNet.refrains(w.getLemma())) {
                return true;
              }
            }
          }
          return false;
        });
  }

  /** Whether a word is a verb with a sense of eating or drinking ("drinks", "touched"). */
  static boolean consumption(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get("c|" + w, k -> readConsumption(w));
  }

  private static boolean readConsumption(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word);
          if (verb == null) {
            return false;
          }
          for (Synset sense : verb.getSenses()) {
            if (CONSUMPTION.equals(sense.getLexFileName())) {
              return true;
            }
          }
          return false;
        });
  }
}
