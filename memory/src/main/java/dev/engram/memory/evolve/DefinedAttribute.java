package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * An attribute two statements share through a definition, when they share no word for it: "works
 * remotely" and "now commutes to the office" are both about work, since to commute is, in one of
 * WordNet's senses, to "travel back and forth regularly, as between a place of work and home"; "got
 * a raise" is about the salary, since a raise is "the amount a salary is increased".
 *
 * <p>A definition names the attribute of the word it defines; it says that the word changed that
 * attribute only with a change word ("now", "switched") or when the word is itself a change of an
 * amount (a noun whose sense is a kind of increase or decrease: "raise", "pay cut", "rise").
 */
final class DefinedAttribute {
  private DefinedAttribute() {}

  /** Senses read per part of speech: "commute" is to travel between home and work in its second. */
  private static final int SENSES = 3;

  /** Hypernym steps from a noun's sense to an increase or a decrease ("raise" → "increase"). */
  private static final int DEPTH = 3;

  /** WordNet's nouns of a change in amount. */
  private static final Set<String> AMOUNT_CHANGES = Set.of("increase", "decrease", "reduction");

  private static final Cache<String, Set<String>> DEFINED =
      Caffeine.newBuilder().maximumSize(20_000).build();

  private static final Cache<String, Set<String>> CHANGED =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * The words only the existing statement holds that a word only the incoming one holds changes:
   * with a change word, a word of one side named in a definition of a word of the other ("works" /
   * "now commutes"); without one, a word of the existing side named in a definition of an incoming
   * noun of a change in amount ("salary" / "got a raise"). Values, relation nouns and generic words
   * are no attribute. Empty when none.
   */
  static List<String> changed(Difference d, Statement existing, Statement incoming) {
    boolean changeWord = !d.changeWords().isEmpty();
    List<String> out = new ArrayList<>();
    for (String x : d.onlyExisting()) {
      if (!attribute(x, existing)) {
        continue;
      }
      for (String y : d.onlyIncoming()) {
        if (!attribute(y, incoming)) {
          continue;
        }
        String surfaceX = existing.surfaceOf(x);
        String surfaceY = incoming.surfaceOf(y);
        boolean linked =
            changeWord
                ? defines(surfaceY, x) || defines(surfaceX, y)
                : changes(surfaceY).contains(x);
        if (linked) {
          out.add(x);
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean attribute(String word, Statement s) {
    return !s.values().contains(word)
        && !Lexicon.GENERIC.contains(word)
        && !Lexicon.STOP.contains(word)
        && !ValueKinds.person(word)
        && WordNet.plain(s.surfaceOf(word));
  }

  /** Whether a WordNet definition of a word (its first senses) holds a canonical word. */
  static boolean defines(String surface, String canonical) {
    String w = surface.toLowerCase(Locale.ROOT);
    return WordNet.plain(w)
        && DEFINED.get(w, DefinedAttribute::readDefinitions).contains(canonical);
  }

  /**
   * The canonical words of the definitions of a word's first noun senses that are a kind of
   * increase or decrease: "raise" gives "amount", "salary", "increase".
   */
  static Set<String> changes(String surface) {
    String w = surface.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) ? CHANGED.get(w, DefinedAttribute::readChanges) : Set.of();
  }

  private static Set<String> readDefinitions(String word) {
    Set<String> out = new HashSet<>();
    WordNet.ask(
        word,
        dictionary -> {
          for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE)) {
            IndexWord index = dictionary.lookupIndexWord(pos, word);
            if (index == null) {
              continue;
            }
            List<Synset> senses = index.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
              addWords(senses.get(i), index.getLemma(), out);
            }
          }
          return true;
        });
    return Set.copyOf(out);
  }

  private static Set<String> readChanges(String word) {
    Set<String> out = new HashSet<>();
    WordNet.ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          if (noun == null) {
            return false;
          }
          List<Synset> senses = noun.getSenses();
          for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            Synset sense = senses.get(i);
            if (WordNet.reaches(
                sense, l -> AMOUNT_CHANGES.contains(l.toLowerCase(Locale.ROOT)), DEPTH)) {
              addWords(sense, noun.getLemma(), out);
            }
          }
          return true;
        });
    return Set.copyOf(out);
  }

  /** The canonical content words of a sense's definition, without the defined word itself. */
  private static void addWords(Synset sense, String lemma, Set<String> out) {
    String own = Lexicon.canonical(lemma.toLowerCase(Locale.ROOT));
    for (String token : WordNet.definitionWords(sense.getGloss())) {
      String canonical = Lexicon.canonical(token);
      if (!Lexicon.STOP.contains(token) && !canonical.equals(own)) {
        out.add(canonical);
      }
    }
  }
}
