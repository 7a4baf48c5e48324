package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Words that say whether someone is married, typed from WordNet: an adjective or a verb with a
 * sense defined by marriage — "single" (not married), "divorced" (whose marriage has been
 * dissolved), "widowed" (single because of death of the spouse), "married", "engaged" (the verb:
 * give to in marriage), "marry", "wed". Someone's relationship status holds one of them at a time.
 */
final class Marriage {
  private Marriage() {}

  /** How many senses of each part of speech are read: "single" is unmarried in its fourth. */
  private static final int SENSES = 12;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** The lexicon's word for a spouse or partner (wife, husband, married, marry). */
  static final String PARTNER = Lexicon.canonical("partner");

  /** Whether a lower-case word has an adjective or verb sense defined by marriage. */
  static boolean marital(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Marriage::read);
  }

  /**
   * Whether a lower-case word used as the subject's verb says a relationship status: a sense of it
   * as a verb (not as an adjective: "joined" is an adjective of two people married to each other)
   * defined by marriage that is its first sense ("married": take in marriage), a sense of social
   * life ("divorced": get a divorce; its first sense is "cease association with"), or, when the
   * verb's object is a person named ({@code personObject}), a sense taking a person as its object
   * ("proposed to Sam": ask someone to marry you). Not "joined the Green party", "engaged a
   * lawyer", "proposed a plan".
   */
  static boolean maritalVerb(String word, boolean personObject) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w)
        && CACHE.get(
            (personObject ? "vp|" : "v|") + w,
            k ->
                WordNet.ask(
                    w, dictionary -> maritalVerb(WordNet.verb(dictionary, w), personObject)));
  }

  private static boolean maritalVerb(IndexWord verb, boolean personObject) {
    if (verb == null) {
      return false;
    }
    List<Synset> senses = verb.getSenses();
    for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
      Synset sense = senses.get(i);
      if (definedByMarriage(sense)
          && (i == 0
              || SOCIAL.equals(sense.getLexFileName())
              || personObject && takesPerson(sense))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb sense has a frame with a person as its object: "Somebody ----s to somebody". */
  private static boolean takesPerson(Synset sense) {
    for (String frame : sense.getVerbFrames()) {
      int verb = frame.indexOf("----s");
      if (verb >= 0 && frame.indexOf("somebody", verb) > verb) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word names a partner ("girlfriend", "husband", "partner"). */
  static boolean partner(String word) {
    return PARTNER.equals(Lexicon.canonical(word));
  }

  /** WordNet's lexicographer file of verbs of social life (marry, divorce, break up). */
  private static final String SOCIAL = "verb.social";

  /**
   * Whether a verb and the particle after it end a relation: a WordNet phrasal verb with a sense of
   * social life defined by a relation or by marriage ("broke up": discontinue an association or
   * relation).
   */
  static boolean parting(String verb, String particle) {
    String v = verb.toLowerCase(Locale.ROOT);
    String p = particle.toLowerCase(Locale.ROOT);
    return WordNet.plain(v)
        && WordNet.plain(p)
        && CACHE.get(
            "p|" + v + " " + p,
            k ->
                WordNet.ask(
                    v,
                    dictionary -> {
                      IndexWord phrasal = dictionary.lookupIndexWord(POS.VERB, v + " " + p);
                      return phrasal != null
                          && phrasal.getLemma().contains(" ")
                          && phrasal.getSenses().stream()
                              .anyMatch(
                                  s ->
                                      SOCIAL.equals(s.getLexFileName())
                                          && WordNet.definitionWords(s.getGloss()).stream()
                                              .anyMatch(
                                                  t -> t.equals("relation") || marriageWord(t)));
                    }));
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary ->
            definedByMarriage(dictionary.lookupIndexWord(POS.ADJECTIVE, word))
                || definedByMarriage(dictionary.lookupIndexWord(POS.VERB, word)));
  }

  private static boolean definedByMarriage(IndexWord word) {
    if (word == null) {
      return false;
    }
    int read = 0;
    for (Synset sense : word.getSenses()) {
      if (read++ >= SENSES) {
        break;
      }
      if (definedByMarriage(sense)) {
        return true;
      }
    }
    return false;
  }

  private static boolean definedByMarriage(Synset sense) {
    return WordNet.definitionWords(sense.getGloss()).stream().anyMatch(Marriage::marriageWord);
  }

  /** "married", "marriage", "unmarried", "matrimony", "spouse": words of marriage itself. */
  private static boolean marriageWord(String token) {
    return partner(token)
        || token.startsWith("marri")
        || token.startsWith("unmarri")
        || token.startsWith("matrimon");
  }
}
