package dev.engram.memory.evolve;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single-valued attribute of the one a statement is about, typed from WordNet, that two
 * statements worded far apart can both fill: "User is a student" and "User works full-time as an
 * accountant now" both say what the user does for a living (their embeddings' cosine is under the
 * link threshold, yet the second replaces the first).
 *
 * <p>Three attributes are read:
 *
 * <ul>
 *   <li>the occupation: about its subject and no other person (no relation noun), a statement names
 *       an occupation or a status towards work after "is", "became" or "as" ({@link Occupations}:
 *       "is a bank teller", "is retired", "works as a nurse"), or says where or as what its subject
 *       works ("works at Deloitte", "a new job at KPMG"). A verb of taking up or leaving work right
 *       after the subject fills it too, and says that it changed ({@link Occupations#workVerb}:
 *       "User retired last year", "User resigned from the bank").
 *   <li>the residence: about its subject and no other person, the subject's verb is one the lexicon
 *       reads as living somewhere followed by a place (a name or a dwelling: "lives in Leeds",
 *       "moved into a house in Hove"), or has a dwelling as its object ({@link Residence}: "rents a
 *       flat in Bristol", "bought a house"). A verb of moving ("moved", "relocated") or of getting
 *       a dwelling ("bought a house") changes it.
 *   <li>the relationship status: a word with a sense defined by marriage after "is", "got" or
 *       "became", or as the subject's verb ({@link Marriage}: "is single", "got engaged", "married
 *       Daniel"), having a partner ("has a girlfriend"), or a partner named ("User's husband is
 *       Mark"), or an end of the relation ("broke up": {@link Marriage#parting}). One status
 *       replaces another: every statement filling it changes it.
 *   <li>the political party: about its subject and no other person, a statement names a party
 *       ({@link Parties}: "is a Labour voter", "votes Green"). A change word changes it.
 *   <li>a role one has one holder of, with its holder named ({@link Roles}: "User's dentist is Dr.
 *       Shah", "User reports to Marcus"): read before the others, since the dentist's occupation is
 *       not the subject's. A GP and a doctor are one role, a manager and a boss another.
 * </ul>
 *
 * @param subject the first word of the statement, lower case ("user", a speaker's name)
 * @param attribute the attribute filled
 * @param changes whether the statement says the attribute changed (a verb of leaving work, of
 *     moving house, a relationship status): it replaces another statement filling the attribute
 *     with no change word needed
 * @param role for a role's slot, which role ({@link Roles.Kind}); null for the others
 */
record Slot(String subject, String attribute, boolean changes, @Nullable Roles.Kind role) {
  static final String OCCUPATION = "occupation";
  static final String RESIDENCE = "residence";
  static final String RELATIONSHIP = "relationship status";
  static final String POLITICS = "political party";
  static final String ROLE = "role";

  Slot(String subject, String attribute, boolean changes) {
    this(subject, attribute, changes, null);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
  private static final Set<String> INTRODUCERS =
      Set.of("is", "am", "are", "was", "were", "became", "becomes", "become", "as");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** How many words after "is" or "as" may hold the occupation: "a freelance graphic designer". */
  private static final int SPAN = 4;

  /** The slot a statement fills, if any. */
  static Optional<Slot> of(String text) {
    List<String> written = tokens(text);
    List<String> words = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    int start = words.size() > 1 && words.get(0).equals("the") ? 1 : 0;
    if (words.size() - start < 2) {
      return Optional.empty();
    }
    Optional<Roles.Holder> holder = Roles.of(text);
    if (holder.isPresent()) {
      // "User's dentist is Dr. Shah" is the dentist's occupation, the user's choice of dentist
      return Optional.of(
          new Slot(
              holder.get().subject(),
              ROLE + " " + holder.get().role().key(),
              false,
              holder.get().role()));
    }
    String subject = words.get(start);
    boolean people = words.stream().anyMatch(Slot::person);
    if (!people && joinsOrganization(written, words, verbIndex(words, start + 1))) {
      // "joined Medlo as an analyst": a new employer, whatever the role
      return Optional.of(new Slot(subject, OCCUPATION, true));
    }
    if (!people && occupation(words, start + 1)) {
      return Optional.of(new Slot(subject, OCCUPATION, false));
    }
    if (!people && workVerb(words, start + 1)) {
      return Optional.of(new Slot(subject, OCCUPATION, true));
    }
    int verb = verbIndex(words, start + 1);
    if (!people && verb < words.size()) {
      Optional<Boolean> residence = residence(written, words, verb);
      if (residence.isPresent()) {
        return Optional.of(new Slot(subject, RESIDENCE, residence.get()));
      }
    }
    boolean otherPeople = words.stream().anyMatch(w -> person(w) && !Marriage.partner(w));
    if (!otherPeople && relationship(written, words, start, verb)) {
      return Optional.of(new Slot(subject, RELATIONSHIP, true));
    }
    if (!people && party(written, start + 1)) {
      return Optional.of(new Slot(subject, POLITICS, false));
    }
    return Optional.empty();
  }

  /**
   * Whether the subject's verb is one of joining an organization ({@link Occupations#joining}) and
   * its object a bare name, an employer: "joined Bosch last month", "joined Acme as a designer";
   * not "joined the Eagles basketball team", "joined a gym", whose noun says what was joined.
   */
  private static boolean joinsOrganization(List<String> written, List<String> words, int verb) {
    if (verb + 1 >= words.size() || !Occupations.joining(words.get(verb))) {
      return false;
    }
    int i = verb + 1;
    if (words.get(i).equals("the")) {
      i++;
    }
    int name = i;
    while (i < words.size() && Character.isUpperCase(written.get(i).charAt(0))) {
      i++;
    }
    if (i == name) {
      return false;
    }
    return i == words.size()
        || Lexicon.PREPOSITION_ROLE.containsKey(words.get(i))
        || TimePhrases.adjective(words.get(i))
            && i + 1 < words.size()
            && WordNet.period(words.get(i + 1));
  }

  /** Whether a capitalized word after the subject names a political party ({@link Parties}). */
  private static boolean party(List<String> written, int from) {
    for (int i = from; i < written.size(); i++) {
      String w = written.get(i);
      if (Character.isUpperCase(w.charAt(0)) && Parties.party(w)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs after which the next word says a state: "is single", "got engaged", "became a nurse". */
  private static final Set<String> STATE_VERBS =
      Set.of("is", "am", "are", "was", "were", "got", "get", "gets", "became", "becomes");

  /** Verbs of having: "has a girlfriend". */
  private static final Set<String> HAVING = Set.of("has", "have", "had");

  /** Words after a partner noun that name the partner: "husband is Mark", "wife called Ana". */
  private static final Set<String> NAMING = Set.of("is", "called", "named");

  /**
   * Where the subject's verb is: after a companion ("User and Sam bought"), auxiliaries, "-ly"
   * adverbs, and a copula before an "-ing" form or a verb of living ("is renting", "is based").
   */
  static int verbIndex(List<String> words, int from) {
    int i = from;
    if (i + 2 < words.size() && words.get(i).equals("and")) {
      i += 2;
    }
    while (i < words.size()) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean copulaBeforeVerb =
          INTRODUCERS.contains(w)
              && (next.endsWith("ing") || Residence.LIVE.equals(Lexicon.canonical(next)));
      if (!(AUXILIARY.contains(w) || w.endsWith("ly") || w.equals("now") || copulaBeforeVerb)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Prepositions after a verb of living that introduce where: "lives in", "moved to". */
  private static final Set<String> WHERE = Set.of("in", "to", "into", "near", "at");

  /**
   * Whether the subject's verb says where it lives, and if so whether it changed: a verb of living
   * followed by a place ("lives in Leeds", "moved to Bristol"; changed when it is a move), or any
   * verb with a dwelling as its object ("rents a flat"; changed when it is a verb of getting:
   * "bought a house").
   */
  private static Optional<Boolean> residence(List<String> written, List<String> words, int verb) {
    String v = words.get(verb);
    if (Residence.LIVE.equals(Lexicon.canonical(v))
        && verb + 1 < words.size()
        && WHERE.contains(words.get(verb + 1))) {
      for (int j = verb + 2; j < Math.min(words.size(), verb + 2 + SPAN); j++) {
        if (Character.isUpperCase(written.get(j).charAt(0)) || Residence.dwelling(words.get(j))) {
          return Optional.of(Residence.move(v));
        }
      }
      return Optional.empty();
    }
    for (int j = verb + 1; j < Math.min(words.size(), verb + 1 + SPAN); j++) {
      String w = words.get(j);
      if (Lexicon.PREPOSITION_ROLE.containsKey(w)) {
        break;
      }
      if (!ARTICLES.contains(w) && Residence.dwelling(w)) {
        return Optional.of(Residence.acquisition(v));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a statement says its subject's relationship status: a word defined by marriage after a
   * verb of state or as the verb ("is single", "got married", "married Daniel"), a partner had
   * ("has a girlfriend"), or the subject's partner named ("User's husband is Mark").
   */
  private static boolean relationship(
      List<String> written, List<String> words, int start, int verb) {
    if (start + 3 < words.size()
        && Marriage.partner(words.get(start + 1))
        && NAMING.contains(words.get(start + 2))) {
      int name = words.get(start + 3).equals("called") ? start + 4 : start + 3;
      if (name < words.size() && Character.isUpperCase(written.get(name).charAt(0))) {
        return true;
      }
    }
    if (HAVING.contains(words.get(start + 1))) {
      int noun =
          start + 2 < words.size() && ARTICLES.contains(words.get(start + 2))
              ? start + 3
              : start + 2;
      return noun < words.size() && Marriage.partner(words.get(noun));
    }
    if (verb >= words.size()) {
      return false;
    }
    String v = words.get(verb);
    int next = verb + 1;
    while (next < words.size()
        && (words.get(next).endsWith("ly") || words.get(next).equals("now"))) {
      next++;
    }
    if (STATE_VERBS.contains(v)) {
      return next < words.size() && Marriage.marital(words.get(next));
    }
    if (next < words.size() && Marriage.parting(v, words.get(next))) {
      return true;
    }
    int object = next < words.size() && words.get(next).equals("to") ? next + 1 : next;
    boolean named = object < written.size() && Character.isUpperCase(written.get(object).charAt(0));
    return Marriage.maritalVerb(v, named);
  }

  /** Whether two statements fill the same attribute of the same subject. */
  static boolean shared(Optional<Slot> a, Optional<Slot> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().subject().equals(b.get().subject())
        && (a.get().role() != null && b.get().role() != null
            ? a.get().role().same(b.get().role())
            : a.get().attribute().equals(b.get().attribute()));
  }

  /** Words between the subject and its verb: "has", "just", "finally", "recently". */
  private static final Set<String> AUXILIARY = Set.of("has", "had", "have", "will", "just");

  /**
   * Whether the subject's verb, after auxiliaries and adverbs, is a verb of taking up or leaving
   * work used without an object: followed by nothing, a preposition, an adverb or when ("retired
   * last year", "resigned from the bank"; not "hired a cleaner", whose work is someone else's).
   */
  private static boolean workVerb(List<String> words, int from) {
    int i = from;
    while (i < words.size() && (AUXILIARY.contains(words.get(i)) || words.get(i).endsWith("ly"))) {
      i++;
    }
    if (i >= words.size() || !Occupations.workVerb(words.get(i))) {
      return false;
    }
    if (i + 1 == words.size()) {
      return true;
    }
    String next = words.get(i + 1);
    return Lexicon.PREPOSITION_ROLE.containsKey(next)
        || next.endsWith("ly")
        || TimePhrases.adjective(next) && i + 2 < words.size() && WordNet.period(words.get(i + 2));
  }

  private static boolean occupation(List<String> words, int from) {
    for (int i = from; i < words.size(); i++) {
      String w = words.get(i);
      if (INTRODUCERS.contains(w)) {
        for (int j = i + 1; j < Math.min(words.size(), i + 1 + SPAN); j++) {
          String next = words.get(j);
          if (Lexicon.PREPOSITION_ROLE.containsKey(next) && !next.equals("as")) {
            break;
          }
          if (!ARTICLES.contains(next) && Occupations.occupation(next)) {
            return true;
          }
        }
      }
      if (Occupations.WORK.equals(Lexicon.canonical(w)) && workplace(words, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first preposition within {@value #SPAN} words says where or as what: "works at",
   * "works part-time at", "a job as".
   */
  private static boolean workplace(List<String> words, int from) {
    for (int j = from; j < Math.min(words.size(), from + SPAN); j++) {
      if (Lexicon.PREPOSITION_ROLE.containsKey(words.get(j))) {
        return WORKPLACE.contains(words.get(j));
      }
    }
    return false;
  }

  /** Prepositions after "works" or "job" that say where or as what: "works at", "job as". */
  private static final Set<String> WORKPLACE = Set.of("as", "at", "for");

  private static boolean person(String word) {
    return ValueKinds.person(Lexicon.canonical(word));
  }

  /** The words of a statement as written, without possessive "'s". */
  private static List<String> tokens(String text) {
    Matcher m = WORD.matcher(text.replace('’', '\'').replaceAll("'s\\b", ""));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
