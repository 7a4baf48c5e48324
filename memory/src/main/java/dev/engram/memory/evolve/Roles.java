package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;

/**
 * Who fills a role for someone that one has one holder of at a time: "User's manager is Karen Liu",
 * "User now reports to Marcus", "User sees a new dentist, Dr. Lee", "User is registered with Dr.
 * Okafor as their family doctor", "Dana is the user's boss". A new holder of the role replaces the
 * old one however the two statements are worded.
 *
 * <p>Which roles hold one person at a time is read from WordNet, by the kind of person the role
 * noun's first sense is (its hypernyms), from this table of relation kinds:
 *
 * <table>
 *   <caption>Relation kinds of a person towards the subject</caption>
 *   <tr><th>kind (WordNet hypernym)</th><th>examples</th><th>holders</th></tr>
 *   <tr><td>superior, head, employer</td><td>manager, boss, supervisor</td>
 *       <td>one: the same role, however named</td></tr>
 *   <tr><td>health professional, lawyer, expert, educator, trainer, landowner, skilled worker,
 *       accountant</td><td>doctor, GP, dentist, therapist, solicitor, tutor, coach, landlord,
 *       hairdresser, accountant</td><td>one per role noun (a GP is a doctor: one step up counts as
 *       the same role)</td></tr>
 *   <tr><td>relative, associate, peer, friend, neighbour, juvenile, client, patient, employee,
 *       enrollee</td><td>sister, colleague, teammate, friend, neighbour, child, client, student</td>
 *       <td>many: never read as a role here</td></tr>
 * </table>
 *
 * <p>Relation nouns the rules read as other people ({@link ValueKinds#person}) are roles only when
 * their first sense is of the first kind ("boss"). A plural ("dentists") names no one holder.
 */
final class Roles {
  private Roles() {}

  /** The key of every role over the subject at work: a manager and a boss are one role. */
  static final String SUPERIOR = "superior";

  /** WordNet's kinds of people over someone: a manager is a head, a boss a superior. */
  private static final Set<String> SUPERIORS = Set.of("superior", "head", "employer");

  /** WordNet's kinds of people one has one of for a service or a tenancy. */
  private static final Set<String> SERVICES =
      Set.of(
          "health professional",
          "lawyer",
          "expert",
          "educator",
          "trainer",
          "landowner",
          "skilled worker",
          "accountant");

  /** WordNet's kinds of people one consults, whose sense wins over a rarer sense of authority. */
  private static final Set<String> PROFESSIONS = Set.of("health professional", "lawyer", "expert");

  /** WordNet's lexicographer file of people. */
  private static final String PERSON = "noun.person";

  /** How many of a noun's common senses are read for a profession. */
  private static final int SENSES = 3;

  /** Hypernym steps from a superior's first sense to its kind (manager → administrator → head). */
  private static final int SUPERIOR_DEPTH = 3;

  /** Hypernym steps from a role's first sense to its kind (GP → doctor → … → professional). */
  private static final int DEPTH = 6;

  /** Titles before a holder's name: "Dr. Patel", "Ms Ferreira". */
  private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "prof");

  /** Words between a role and its holder's name in "… is now Marcus", "… is still Dr. Lee". */
  private static final Set<String> COPULA = Set.of("is", "was");

  private static final Set<String> ADVERBS = Set.of("now", "still", "currently");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}-]*(?:['’]s\\b)?");

  private static final Cache<String, Optional<Kind>> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * A role of one holder: {@code key} names it ({@value #SUPERIOR}, else the first lemma of its
   * first sense), {@code broader} the first lemma of the sense one step up ("doctor" for "general
   * practitioner"), so that a GP and a doctor are one role and a dentist another.
   */
  record Kind(String key, String broader) {
    boolean same(Kind other) {
      return key.equals(other.key) || key.equals(other.broader) || broader.equals(other.key);
    }
  }

  /**
   * Who holds a role for a subject.
   *
   * @param subject the possessor or first word, lower case ("user")
   * @param role the role
   * @param name the holder's name, lower-case words without titles ("karen", "liu")
   * @param only whether the statement says no more than who holds the role ("User's boss is Dana",
   *     "Dana is the user's manager")
   */
  record Holder(String subject, Kind role, List<String> name, boolean only) {
    /** Whether two statements name holders of one role of one subject. */
    boolean sameRole(Holder other) {
      return subject.equals(other.subject) && role.same(other.role);
    }

    /** Whether the two holders share a name: "Karen Liu" and "Karen" are one person. */
    boolean sameHolder(Holder other) {
      return name.stream().anyMatch(other.name::contains);
    }
  }

  /** The role a lower-case singular noun names when it has one holder at a time, if any. */
  static Optional<Kind> kind(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return Optional.empty();
    }
    return CACHE.get(w, Roles::read);
  }

  private static Optional<Kind> read(String word) {
    Kind[] found = new Kind[1];
    WordNet.ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          // a plural names many: "dentists" is read as "dentist" by WordNet's morphology
          if (noun == null || !noun.getLemma().equalsIgnoreCase(word)) {
            return false;
          }
          List<Synset> senses = new ArrayList<>();
          for (Synset sense : noun.getSenses()) {
            if (sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()
                && senses.size() < SENSES) {
              senses.add(sense);
            }
          }
          found[0] = kindOf(word, senses);
          return true;
        });
    return Optional.ofNullable(found[0]);
  }

  /**
   * The role a person noun names, from its first common senses: one of a profession one consults
   * ({@link #PROFESSIONS}) in any of them ("counsellor" is first a camp supervisor, then an
   * adviser), else a superior, else a service one has one of, by its first sense; null when it has
   * many holders or names no person.
   */
  private static Kind kindOf(String word, List<Synset> senses) throws JWNLException {
    if (senses.isEmpty() || !PERSON.equals(senses.get(0).getLexFileName())) {
      return null;
    }
    for (Synset sense : senses) {
      if (PERSON.equals(sense.getLexFileName())
          && WordNet.reaches(sense, PROFESSIONS::contains, DEPTH)) {
        return kind(sense);
      }
    }
    Synset first = senses.get(0);
    if (WordNet.reaches(first, SUPERIORS::contains, SUPERIOR_DEPTH)) {
      return new Kind(SUPERIOR, SUPERIOR);
    }
    if (ValueKinds.person(Lexicon.canonical(word))
        || !WordNet.reaches(first, SERVICES::contains, DEPTH)) {
      return null;
    }
    return kind(first);
  }

  private static Kind kind(Synset sense) throws JWNLException {
    var up = sense.getPointers(PointerType.HYPERNYM);
    String broader = up.isEmpty() ? "" : lemma(up.get(0).getTargetSynset());
    return new Kind(lemma(sense), broader);
  }

  private static String lemma(Synset sense) {
    return sense.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
  }

  /**
   * A written word: as written, lower case, whether a possessive "'s" ended it, and whether it is
   * glued to digits before it ("1Password").
   */
  private record Token(String written, String lower, boolean possessive, boolean afterDigit) {
    boolean capitalized() {
      return Character.isUpperCase(written.charAt(0));
    }
  }

  /** The role and holder a statement names, if it names one. */
  static Optional<Holder> of(String text) {
    List<Token> tokens = tokens(text);
    if (tokens.size() < 3) {
      return Optional.empty();
    }
    for (int r = 1; r < tokens.size(); r++) {
      Token role = tokens.get(r);
      // a name ("Tom Baker") or a title ("Dr.") is no role; an acronym may be ("GP")
      if (role.possessive() || TITLES.contains(role.lower()) || titleCase(role.written())) {
        continue;
      }
      if (reportsTo(tokens, r)) {
        // "User reports to Marcus": the one reported to is the subject's superior
        if (own(tokens, 0, r) && !tokens.get(0).possessive()) {
          Optional<Holder> holder =
              holder(tokens.get(0).lower(), new Kind(SUPERIOR, SUPERIOR), name(tokens, r + 2));
          if (holder.isPresent()) {
            return holder;
          }
        }
        continue;
      }
      Optional<Kind> kind = kind(role.lower());
      Optional<Holder> holder = kind.isPresent() ? read(tokens, r, kind.get()) : Optional.empty();
      if (holder.isPresent()) {
        return holder;
      }
    }
    return Optional.empty();
  }

  private static boolean titleCase(String written) {
    return written.length() > 1
        && Character.isUpperCase(written.charAt(0))
        && Character.isLowerCase(written.charAt(1));
  }

  /** The holder of the role at {@code r}, by where the name stands. */
  private static Optional<Holder> read(List<Token> tokens, int r, Kind kind) {
    int possessor = r - 1;
    while (possessor >= 0 && r - possessor <= MODIFIERS && !tokens.get(possessor).possessive()) {
      possessor--;
    }
    if (possessor >= 0 && r - possessor <= MODIFIERS && tokens.get(possessor).possessive()) {
      String subject = bare(tokens.get(possessor).lower());
      if (!own(tokens, possessor, r)) {
        return Optional.empty();
      }
      if (opening(tokens, possessor)) {
        // "User's manager is Karen Liu", "The user's GP is now Dr. Okafor"
        int at = r + 1;
        if (at < tokens.size() && COPULA.contains(tokens.get(at).lower())) {
          int from = adverbs(tokens, at + 1);
          return holder(subject, kind, name(tokens, from), nameEnd(tokens, from) == tokens.size());
        }
        return Optional.empty();
      }
      // "Dana is the user's manager", "Marcus Bell is now the user's new manager"
      Set<String> name = name(tokens, 0);
      int at = nameEnd(tokens, 0);
      boolean copula = at < tokens.size() && COPULA.contains(tokens.get(at).lower());
      int the = copula ? adverbs(tokens, at + 1) : -1;
      return copula && the + 1 == possessor && tokens.get(the).lower().equals("the")
          ? holder(subject, kind, name, r + 1 == tokens.size())
          : Optional.empty();
    }
    if (tokens.get(0).possessive() || !own(tokens, 0, r)) {
      return Optional.empty();
    }
    String subject = tokens.get(0).lower();
    int as = r - 1;
    boolean whose = false;
    while (as > 0 && r - as <= MODIFIERS && !tokens.get(as).lower().equals("as")) {
      whose |= POSSESSIVE_DETERMINERS.contains(tokens.get(as).lower());
      as--;
    }
    boolean afterAs = as > 0 && tokens.get(as).lower().equals("as");
    if (afterAs && whose) {
      // "User is registered with Dr. Okafor as their family doctor"
      return holder(subject, kind, nameBefore(tokens, as));
    }
    // "User sees a new counsellor, Jonas"; not "User is a tutor, …" nor "… as a tutor", the
    // subject's own occupation
    boolean own = tokens.subList(1, r).stream().noneMatch(t -> SELF.contains(t.lower()));
    Set<String> after = name(tokens, r + 1);
    return own && !afterAs && !after.isEmpty() ? holder(subject, kind, after) : Optional.empty();
  }

  /** Words before "their family doctor": whose the role is. */
  private static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("their", "his", "her", "my", "our");

  /** Words that make the role the subject's own: "is a tutor", "became a coach". */
  private static final Set<String> SELF =
      Set.of("is", "am", "are", "was", "were", "became", "becomes", "become", "as");

  /** How far a possessive or "as" may stand before the role: "User's new line manager". */
  private static final int MODIFIERS = 3;

  /** Whether only possessives, or "the", come before {@code possessor}: "The user's son's …". */
  private static boolean opening(List<Token> tokens, int possessor) {
    for (int i = 0; i < possessor; i++) {
      Token t = tokens.get(i);
      if (!(t.possessive() || i == 0 && t.lower().equals("the"))) {
        return false;
      }
    }
    return true;
  }

  /** The index after adverbs of time at {@code from}: "is now Marcus". */
  private static int adverbs(List<Token> tokens, int from) {
    int at = from;
    while (at < tokens.size() && ADVERBS.contains(tokens.get(at).lower())) {
      at++;
    }
    return at;
  }

  /** Whether "reports to" (any form of the verb) stands at {@code r}. */
  private static boolean reportsTo(List<Token> tokens, int r) {
    return r + 2 < tokens.size()
        && Lexicon.canonical(tokens.get(r).lower()).equals(REPORT)
        && tokens.get(r + 1).lower().equals("to");
  }

  /** The lexicon's word for reporting. */
  private static final String REPORT = Lexicon.canonical("reports");

  /**
   * Whether the words before {@code end} (from {@code from}) name no other person: "User's son's
   * dentist" is the son's, "User's colleague's manager" the colleague's.
   */
  private static boolean own(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      if (ValueKinds.person(Lexicon.canonical(bare(tokens.get(i).lower())))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Holder> holder(String subject, Kind kind, Set<String> name) {
    return holder(subject, kind, name, false);
  }

  private static Optional<Holder> holder(
      String subject, Kind kind, Set<String> name, boolean only) {
    return name.isEmpty()
        ? Optional.empty()
        : Optional.of(new Holder(subject, kind, List.copyOf(name), only));
  }

  /**
   * The capitalized words from {@code from} on, after a comma-free run of titles and articles: the
   * holder's name ("Dr. Okafor" gives "okafor", "a new manager, Ahmed Osei" is read from "Ahmed").
   */
  private static Set<String> name(List<Token> tokens, int from) {
    Set<String> name = new LinkedHashSet<>();
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (TITLES.contains(t.lower())) {
        continue;
      }
      if (!t.capitalized()) {
        break;
      }
      if (t.afterDigit() || Brands.coined(t.written())) {
        // "LastPass", "1Password": a product fills the compound ("password manager"), no person
        return Set.of();
      }
      name.add(bare(t.lower()));
    }
    return name;
  }

  /** The index after the titles and capitalized words at {@code from}. */
  private static int nameEnd(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size()
        && (TITLES.contains(tokens.get(i).lower()) || tokens.get(i).capitalized())) {
      i++;
    }
    return i;
  }

  /** The capitalized words right before {@code end}: "Dr. Okafor" in "… Dr. Okafor as …". */
  private static Set<String> nameBefore(List<Token> tokens, int end) {
    int from = end;
    while (from > 1
        && (TITLES.contains(tokens.get(from - 1).lower()) || tokens.get(from - 1).capitalized())) {
      from--;
    }
    return name(tokens, from);
  }

  private static String bare(String word) {
    return word.replaceAll("['’]s$", "");
  }

  private static List<Token> tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    List<Token> out = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      boolean possessive = w.endsWith("'s") || w.endsWith("’s");
      boolean afterDigit = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1));
      out.add(new Token(w, w.toLowerCase(Locale.ROOT), possessive, afterDigit));
    }
    return out;
  }
}
