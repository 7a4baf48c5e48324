package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of dying, typed from WordNet: a verb (or a two-word verb, "pass away") whose most frequent
 * sense is the most frequent sense of "die" (pass from physical life). Said of someone or something
 * a statement held ("User has a dog named Max"), a death ends it, as "no longer" does: "User's dog
 * Max passed away" replaces the statement of the dog.
 */
final class Ending {
  private Ending() {}

  private static final String DIE = "die";

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a verb in its dictionary form ("die", "pass away") has dying as its first sense. */
  static boolean death(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    for (String part : w.split(" ")) {
      if (!WordNet.plain(part)) {
        return false;
      }
    }
    return CACHE.get(w, Ending::read);
  }

  private static boolean read(String lemma) {
    return WordNet.ask(
        lemma,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, lemma);
          if (verb == null || !verb.getLemma().equalsIgnoreCase(lemma)) {
            return false;
          }
          Synset die = WordNet.firstVerbSense(dictionary, DIE);
          return die != null && verb.getSenses().get(0).equals(die);
        });
  }
}
