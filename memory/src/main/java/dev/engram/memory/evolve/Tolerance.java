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
 * <p>Not being able to take something in is being intolerant of it: "can't eat gluten", "cannot
 * digest lactose" say what "is gluten intolerant" says. A verb counts when its first WordNet sense
 * is a verb of consumption (eat: take in solid food; drink; digest: convert food into absorbable
 * substances), it follows "can not" or "could not", and one of the next two words is first a food
 * or a substance in WordNet ("gluten", "lactose", "shellfish"; not "jazz", so "couldn't stomach
 * jazz" stays a dislike).
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
        && CACHE.get(raw.get(i), Tolerance::tolerates);
  }

  /** WordNet's lexicographer file of verbs of eating and drinking. */
  private static final String CONSUMPTION = "verb.consumption";

  /**
   * Whether the lower-case word at {@code i} of a statement's words says its subject is intolerant
   * of what follows: a verb of consumption after "can not" or "could not".
   */
  static boolean intolerant(List<String> raw, int i) {
    return i >= 2
        && raw.get(i - 1).equals("not")
        && ABILITY.contains(raw.get(i - 2))
        && WordNet.plain(raw.get(i))
        && CACHE.get("c|" + raw.get(i), k -> consumes(raw.get(i)))
        && raw.subList(i + 1, Math.min(raw.size(), i + 3)).stream().anyMatch(Tolerance::matter);
  }

  /** WordNet's lexicographer files of foods and substances. */
  private static final Set<String> MATTER = Set.of("noun.food", "noun.substance");

  /** Whether a word's first noun sense is a food or a substance. */
  private static boolean matter(String word) {
    return WordNet.plain(word)
        && CACHE.get(
            "f|" + word,
            k ->
                WordNet.ask(
                    word,
                    dictionary -> {
                      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
                      return noun != null
                          && !noun.getSenses().isEmpty()
                          && MATTER.contains(noun.getSenses().get(0).getLexFileName());
                    }));
  }

  private static boolean consumes(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word.toLowerCase(Locale.ROOT));
          return verb != null
              && !verb.getSenses().isEmpty()
              && CONSUMPTION.equals(verb.getSenses().get(0).getLexFileName());
        });
  }

  private static boolean tolerates(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord tolerate = dictionary.lookupIndexWord(POS.VERB, TOLERATE);
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word.toLowerCase(Locale.ROOT));
          if (tolerate == null || tolerate.getSenses().isEmpty() || verb == null) {
            return false;
          }
          Synset sense = tolerate.getSenses().get(0);
          return verb.getSenses().stream().anyMatch(s -> s.getOffset() == sense.getOffset());
        });
  }
}
