package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;

/**
 * Words that say what someone does for a living, typed from WordNet: a person noun under one of
 * WordNet's branches of people by their work ("nurse", a health professional; "accountant", a
 * businessperson; "teller", a worker; "student", an enrollee; "retiree", a nonworker), and an
 * adjective whose first definition is about work ("retired": no longer active in your work;
 * "unemployed": not engaged in a gainful occupation; "freelance": working for yourself).
 */
final class Occupations {
  private Occupations() {}

  /**
   * WordNet's branches of the noun "person" that name people by their work or their status towards
   * it (hyponyms of person.n.01 and of adult.n.01 whose members are occupations).
   */
  private static final Set<String> BRANCHES =
      Set.of(
          "worker",
          "professional",
          "businessperson",
          "expert",
          "creator",
          "leader",
          "communicator",
          "scientist",
          "entertainer",
          "enrollee",
          "nonworker");

  /** Hypernym steps from a noun's sense to one of the branches. */
  private static final int DEPTH = 6;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a lower-case word names an occupation or a status towards work. */
  static boolean occupation(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w) || ValueKinds.person(Lexicon.canonical(w))) {
      return false;
    }
    return CACHE.get(w, Occupations::read);
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary ->
            personByWork(dictionary.lookupIndexWord(POS.NOUN, word))
                || aboutWork(dictionary.lookupIndexWord(POS.ADJECTIVE, word)));
  }

  /**
   * Whether the first common (not proper) noun sense is a person under one of {@link #BRANCHES}:
   * "teller" is first the physicist Edward Teller, then a kind of worker.
   */
  private static boolean personByWork(IndexWord noun) throws JWNLException {
    if (noun == null) {
      return false;
    }
    for (Synset sense : noun.getSenses()) {
      if (!sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
        continue;
      }
      return "noun.person".equals(sense.getLexFileName())
          && WordNet.reaches(sense, BRANCHES::contains, DEPTH);
    }
    return false;
  }

  /** Whether the first adjective sense's definition holds a word the lexicon reads as "work". */
  private static boolean aboutWork(IndexWord adjective) {
    if (adjective == null || adjective.getSenses().isEmpty()) {
      return false;
    }
    return definesWork(adjective.getSenses().get(0).getGloss());
  }

  private static final Cache<String, Boolean> VERBS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** WordNet's lexicographer file of verbs of social life: retiring, resigning, hiring. */
  private static final String SOCIAL = "verb.social";

  /**
   * Whether a lower-case word is a verb of taking up or leaving work: its first verb sense is a
   * verb of social life ({@code verb.social}) whose definition holds a word the lexicon reads as
   * work ("retire": stop performing one's work or withdraw from one's position; "resign": leave a
   * job, post, or position voluntarily). Not "works" itself, which says where or as what.
   */
  static boolean workVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w) || WORK.equals(Lexicon.canonical(w))) {
      return false;
    }
    return VERBS.get(w, Occupations::readVerb);
  }

  private static boolean readVerb(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word);
          if (verb == null || WORK.equals(Lexicon.canonical(verb.getLemma()))) {
            return false;
          }
          Synset first = verb.getSenses().get(0);
          return SOCIAL.equals(first.getLexFileName()) && definesWork(first.getGloss());
        });
  }

  private static final Cache<String, Boolean> JOINING =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether a lower-case word is a verb of joining an organization: its first verb sense is a verb
   * of social life whose definition says becoming a member of an organization ("joined": become a
   * member of a group or organization).
   */
  static boolean joining(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w)
        && JOINING.get(
            w,
            k ->
                WordNet.firstVerbSense(
                    k,
                    s -> {
                      List<String> words = WordNet.definitionWords(s.getGloss());
                      return SOCIAL.equals(s.getLexFileName())
                          && words.contains("member")
                          && words.contains("organization");
                    }));
  }

  /** Whether a definition (before its examples) holds a word the lexicon reads as work. */
  private static boolean definesWork(String gloss) {
    return WordNet.definitionWords(gloss).stream()
        .anyMatch(token -> WORK.equals(Lexicon.canonical(token)));
  }

  /** The lexicon's word for work, a job, employment. */
  static final String WORK = Lexicon.canonical("work");
}
