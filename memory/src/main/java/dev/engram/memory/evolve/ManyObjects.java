package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;

/**
 * Two objects of a verb that holds many at once: "User sees a cardiologist every six months" and
 * "User sees a dentist every six months", "User wears glasses for reading" and "User wears a watch
 * every day", "Customer reports a bug in CSV export" and "… in PDF export" say two facts, not one
 * object replaced by another.
 *
 * <p>Which verbs hold many objects is read from the kind of event WordNet files the verb's first
 * sense under (its lexicographer file), from this table of relation kinds, which {@link
 * Lexicon#ADDITIVE_PREDICATE} lists by word:
 *
 * <table>
 *   <caption>Verbs by how many objects they hold at once</caption>
 *   <tr><th>kind (WordNet verb file)</th><th>examples</th><th>objects</th></tr>
 *   <tr><td>perception, emotion, body, communication, cognition, competition, possession</td>
 *       <td>sees, watches, hears; likes, loves, fears; wears; speaks, reports, teaches; knows,
 *       reads; plays; owns, keeps</td><td>many: one does not stop another</td></tr>
 *   <tr><td>a verb of those kinds whose definition compares ("prefer": "like better")</td>
 *       <td>prefers</td><td>one: the one chosen over the others</td></tr>
 *   <tr><td>stative, social, motion, change, consumption and the rest</td>
 *       <td>lives, works, drives, uses, moves</td><td>left to the other rules (a new value may
 *       replace the old)</td></tr>
 * </table>
 *
 * <p>Both statements open with the same verb, written as an inflected verb ("sees", "wears"), for
 * one subject; the word after it in each is its direct object (no preposition before it: "pays by
 * card" is a manner, not an object), a noun or a name, not an adjective ("feels sick" is a state);
 * no change word, no number replaced, no single-valued attribute shared.
 */
final class ManyObjects {
  private ManyObjects() {}

  /** WordNet's verb files of events that hold many objects at once. */
  private static final Set<String> MANY =
      Set.of(
          "verb.perception",
          "verb.emotion",
          "verb.body",
          "verb.communication",
          "verb.cognition",
          "verb.competition",
          "verb.possession");

  /** Words of a definition that compare: a verb so defined chooses one over the others. */
  private static final Set<String> COMPARING = Set.of("better", "more", "rather", "over");

  private static final Cache<String, Boolean> VERBS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether the two statements name two objects of one verb that holds many at once. */
  static boolean distinct(Statement existing, Statement incoming, Difference d) {
    List<String> a = existing.content();
    List<String> b = incoming.content();
    if (a.size() < 2
        || b.size() < 2
        || !d.changeWords().isEmpty()
        || d.polarityDiffers()
        || d.onlyExisting().isEmpty()
        || d.onlyIncoming().isEmpty()
        || !a.get(0).equals(b.get(0))
        || existing.values().contains(a.get(0))
        || ValueKinds.singleValued(d.shared())
        || d.numberReplaced(existing, incoming)
        || !Objects.equals(existing.subject(), incoming.subject())) {
      return false;
    }
    String verb = a.get(0);
    return holdsMany(existing.surfaceOf(verb))
        && holdsMany(incoming.surfaceOf(verb))
        && object(existing, a.get(1))
        && object(incoming, b.get(1));
  }

  /**
   * Whether a word as written is an inflected verb ("sees", "wears") whose first sense is of a kind
   * that holds many objects at once and does not compare ("prefers").
   */
  static boolean holdsMany(String surface) {
    String w = surface.toLowerCase(Locale.ROOT);
    if (!WordNet.verbForm(w)) {
      return false;
    }
    return VERBS.get(
        w,
        k ->
            WordNet.firstVerbSense(
                k,
                sense ->
                    MANY.contains(sense.getLexFileName())
                        && WordNet.definitionWords(sense.getGloss()).stream()
                            .noneMatch(COMPARING::contains)));
  }

  /**
   * Whether a content word is the verb's direct object: no preposition before it, a name or a word
   * WordNet holds as a noun and not as an adjective ("glasses", "dentist"; not "sick", "healthy").
   */
  private static boolean object(Statement s, String word) {
    if (s.prepositions().get(word) != null) {
      return false;
    }
    if (s.names().contains(word)) {
      return true;
    }
    if (s.values().contains(word)) {
      return false;
    }
    String surface = s.surfaceOf(word).toLowerCase(Locale.ROOT);
    return WordNet.plain(surface)
        && WordNet.ask(
            surface,
            dictionary -> {
              IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, surface);
              IndexWord adjective = dictionary.getIndexWord(POS.ADJECTIVE, surface);
              return noun != null && adjective == null;
            });
  }
}
