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
 * Not being able to put up with something is disliking it: "can't stand cilantro", "cannot bear
 * loud music", "couldn't stomach horror films" say what "dislikes" says. A verb counts when one of
 * its WordNet senses is the first sense of "tolerate" (put up with something or somebody
 * unpleasant: stand, bear, stomach, abide, endure) and it follows "can not" or "could not".
 *
 * <p>It also tells verbs of eating and drinking ({@link #consumes}): not eating what one is
 * intolerant of is the intolerance itself ({@code RuleResolver.keepsAway}). A verb of both, before
 * a food or a substance, is eating: "can't digest lactose", "couldn't stomach dairy".
 */
final class Tolerance {
  private Tolerance() {}

  /** The verb whose first sense is putting up with something. */
  private static final String TOLERATE = "tolerate";

  /** Modals of ability before "not": "can not stand", "could not bear". */
  private static final Set<String> ABILITY = Set.of("can", "could");

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether the lower-case word at {@code i} of a statement's words says its subject dislikes what
   * follows: a verb of tolerating after "can not" or "could not".
   */
  static boolean dislike(List<String> raw, int i) {
    return i >= 2
        && raw.get(i - 1).equals("not")
        && ABILITY.contains(raw.get(i - 2))
        && WordNet.plain(raw.get(i))
        && CACHE.get(raw.get(i), Tolerance::tolerates)
        && !(consumes(raw.get(i)) && food(raw, i + 1));
  }

  /** WordNet's lexicographer files of foods and substances. */
  private static final Set<String> MATTER = Set.of("noun.food", "noun.substance");

  /**
   * Whether one of the two words from {@code from} is first a food or a substance in WordNet
   * ("lactose", "gluten"; not "jazz"): "can't digest lactose" says what the body does not take in,
   * "couldn't stomach jazz" a dislike.
   */
  private static boolean food(List<String> raw, int from) {
    return raw.subList(Math.min(from, raw.size()), Math.min(raw.size(), from + 2)).stream()
        .anyMatch(
            w ->
                WordNet.plain(w)
                    && CACHE.get(
                        "f|" + w,
                        k ->
                            WordNet.ask(
                                w,
                                dictionary -> {
                                  IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, w);
                                  return noun != null
                                      && !noun.getSenses().isEmpty()
                                      && MATTER.contains(noun.getSenses().get(0).getLexFileName());
                                })));
  }

  /** WordNet's lexicographer file of verbs of eating and drinking. */
  private static final String CONSUMPTION = "verb.consumption";

  /** Whether a word is a verb whose first WordNet sense is eating or drinking. */
  static boolean consumes(String word) {
    return WordNet.plain(word) && CACHE.get("c|" + word, k -> readConsumes(word));
  }

  private static boolean readConsumes(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word.toLowerCase(Locale.ROOT));
          return verb != null && CONSUMPTION.equals(verb.getSenses().get(0).getLexFileName());
        });
  }

  private static boolean tolerates(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord tolerate = WordNet.verb(dictionary, TOLERATE);
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word.toLowerCase(Locale.ROOT));
          if (tolerate == null || verb == null) {
            return false;
          }
          Synset sense = tolerate.getSenses().get(0);
          return verb.getSenses().stream().anyMatch(s -> s.getOffset() == sense.getOffset());
        });
  }
}
