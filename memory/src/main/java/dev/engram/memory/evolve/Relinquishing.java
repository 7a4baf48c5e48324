package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Verbs of giving something up, typed from WordNet: a verb of possession in the past whose first
 * sense is the opposite of a verb of getting ("sold": the antonym of "buy", obtain by purchase).
 * What the subject sold it no longer has, so "User sold the Ford and bought a Tesla" ends "User
 * drives a Ford", whatever the second clause adds.
 */
final class Relinquishing {
  private Relinquishing() {}

  /** WordNet's lexicographer file of verbs of having and transferring (buy, sell). */
  private static final String POSSESSION = "verb.possession";

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether a word as written is a verb in the past (an inflected form not in "-s": "sold", not
   * "sells", which is a habit) whose first sense is a verb of possession with an antonym whose
   * first sense is getting ({@link Residence#acquisition}).
   */
  static boolean gaveUp(String surface) {
    return past(surface, CACHE, Relinquishing::read);
  }

  /**
   * Whether a word as written is an inflected verb not in "-s" (a past, not a habit) that passes
   * {@code test}, remembered in {@code cache}.
   */
  private static boolean past(
      String surface, Cache<String, Boolean> cache, Function<String, Boolean> test) {
    String w = surface.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && !w.endsWith("s") && WordNet.verbForm(w) && cache.get(w, test);
  }

  /** WordNet's lexicographer files of verbs of going somewhere and of social life. */
  private static final Set<String> GOING = Set.of("verb.motion", "verb.social");

  /** The word of a definition that says leaving: go away, move away, run away. */
  private static final String AWAY = "away";

  private static final Cache<String, Boolean> LEFT =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether a word as written is a verb of leaving in the past (an inflected form not in "-s":
   * "left", "departed", "resigned"; not "leaves", a habit): its first sense is one of going or of
   * social life (lexicographer file {@code verb.motion} or {@code verb.social}) whose definition
   * says going away ("leave": go away from a place), or opens with such a verb ("resign": leave (a
   * job, post, or position) voluntarily). What the subject left it no longer has: "User left Google
   * and joined Meta" ends "User works at Google".
   */
  static boolean left(String surface) {
    return past(surface, LEFT, w -> leaving(w, true));
  }

  /**
   * What a verb of discarding or replacing does, as WordNet words it: the first sense's synset or
   * its direct hypernym holds one of these ("deleted": remove; "ditched": abandon; "scrapped":
   * discard; "swapped": exchange; "replaced", "substituted").
   */
  private static final Set<String> DISCARDING =
      Set.of("discard", "remove", "get rid of", "abandon", "replace", "exchange", "substitute");

  private static final Cache<String, Boolean> DISCARDED =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether a word as written is a verb of discarding or replacing in the past (an inflected form
   * not in "-s": "deleted", "ditched", "swapped", "replaced"; not "replaces", a habit): its first
   * sense, or the sense it is a kind of, is one of {@link #DISCARDING}. What the subject discarded
   * or replaced it no longer has: "User swapped the Focus for a Skoda" ends "User drives a Ford
   * Focus".
   */
  static boolean discarded(String surface) {
    return past(surface, DISCARDED, Relinquishing::discarding);
  }

  private static boolean discarding(String word) {
    return WordNet.firstVerbSense(
        word,
        first -> {
          if (holds(first)) {
            return true;
          }
          for (Pointer p : first.getPointers(PointerType.HYPERNYM)) {
            if (holds(p.getTargetSynset())) {
              return true;
            }
          }
          return false;
        });
  }

  private static boolean holds(Synset synset) {
    return synset.getWords().stream()
        .anyMatch(w -> DISCARDING.contains(w.getLemma().toLowerCase(Locale.ROOT)));
  }

  private static boolean leaving(String word, boolean again) {
    return WordNet.ask(
        word,
        dictionary -> {
          Synset first = WordNet.firstVerbSense(dictionary, word);
          if (first == null || !GOING.contains(first.getLexFileName())) {
            return false;
          }
          List<String> definition = WordNet.definitionWords(first.getGloss());
          return definition.contains(AWAY)
              || again
                  && !definition.isEmpty()
                  && !definition.get(0).equals(word)
                  && leaving(definition.get(0), false);
        });
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word);
          if (verb == null) {
            return false;
          }
          Synset first = verb.getSenses().get(0);
          if (!POSSESSION.equals(first.getLexFileName())) {
            return false;
          }
          for (Word w : first.getWords()) {
            if (!w.getLemma().equalsIgnoreCase(verb.getLemma())) {
              continue;
            }
            for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
              Synset target = p.getTargetSynset();
              for (Word opposite : target.getWords()) {
                String lemma = opposite.getLemma().toLowerCase(Locale.ROOT);
                if (WordNet.plain(lemma) && Residence.acquisition(lemma)) {
                  return true;
                }
              }
            }
          }
          return false;
        });
  }
}
