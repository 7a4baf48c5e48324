package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * A named choice of which the subject has one at a time: the make of a thing it uses ("User's phone
 * is a Motorola", "User has a Nokia phone"), the provider of a service ("User's internet provider
 * is BT"), or the team or party it belongs to ("User plays for the Hawks basketball team", "User is
 * a Boston Celtics fan", "User is a member of the Labour party"). A statement that says the subject
 * switched to another name ("User upgraded to a Samsung Galaxy", "User switched broadband to Virgin
 * Media", "User joined the Eagles basketball team") replaces it, however far apart the two are
 * worded.
 *
 * <p>What a statement chooses is read by its form, the chosen value being a name (a word written
 * with a capital, and the numbers after it: "Galaxy S21"):
 *
 * <table>
 *   <caption>Forms of a choice</caption>
 *   <tr><th>form</th><th>example</th><th>category</th></tr>
 *   <tr><td>possessive noun, "is", a name</td><td>User's laptop is a ThinkPad X1; User's mobile
 *       carrier is Verizon</td><td>a thing or service (a membership for "team", "party")</td></tr>
 *   <tr><td>a verb of having or using, a name</td><td>User has a Nokia phone; User drives a Honda
 *       Civic; User uses Spotify</td><td>a thing or service</td></tr>
 *   <tr><td>"plays for", a name; a name and "fan" or "supporter"; "member of" a party</td>
 *       <td>User plays for the Hawks; User is a Celtics fan</td><td>a membership</td></tr>
 *   <tr><td>a verb of changing, exchanging or moving (its WordNet senses), then "to" or "for" a
 *       name</td><td>User switched to an iPhone; User ported their number to T-Mobile; User traded
 *       the Fiesta in for a Kia</td><td>either (a change)</td></tr>
 *   <tr><td>a verb of joining ("join", "sign with"), a name</td><td>User joined the Eagles
 *       basketball team</td><td>a membership (a change)</td></tr>
 * </table>
 *
 * <p>Two choices are of one slot when their categories agree (a change may be of either) and their
 * kind nouns do (the noun before "is" or after the name: the same noun, or one a WordNet kind of
 * the other within four steps ({@link WordNet#isKindOf}), as a laptop is a computer), or either has
 * none. A relative's thing ("User's son's phone") is no choice of the subject's, nor a place one
 * moves to ("moved to Bristol": a verb of moving counts only with an object, "moved their account
 * to Monzo"), nor what fills another slot the rules read ({@link Slot}, but for the party).
 */
final class Choices {
  private Choices() {}

  /** What a choice is of. */
  enum Category {
    /** a thing used or a service's provider: one make, one provider at a time */
    THING,
    /** a team or party one belongs to, one at a time */
    MEMBERSHIP,
    /** a change that names no kind: it may replace either */
    ANY;

    boolean agrees(Category other) {
      return this == ANY || other == ANY || this == other;
    }
  }

  /**
   * A named choice of a subject.
   *
   * @param subject the first word, lower case ("user")
   * @param kind the kind noun, lower case ("phone", "provider", "team"), empty when none is said
   * @param qualifiers nouns before the kind noun, lower case ("internet" of "internet provider",
   *     "work" of "work laptop")
   * @param object for a change, the thing its verb has as object when WordNet knows it as an
   *     artifact ("phone" of "switched their phone to …"), else empty
   * @param category what the choice is of
   * @param name the chosen name's words, lower case ("samsung", "galaxy", "s21")
   * @param from the names a change says it left ("migrated from LastPass to …"), lower case
   * @param change whether the statement says the choice changed ("switched to", "is now", "new")
   */
  record Choice(
      String subject,
      String kind,
      Set<String> qualifiers,
      String object,
      Category category,
      Set<String> name,
      Set<String> from,
      boolean change) {

    /**
     * Whether this choice, said as a change, replaces {@code old}, a choice said as such: one slot
     * of one subject, another name, and, if it says what it left, the old name.
     */
    boolean replaces(Choice old) {
      return change
          // two changes that name no kind say nothing of one slot ("transferred the savings to
          // Monzo" / "moved the pension to Aviva"): the old statement must say what it chose
          && old.category != Category.ANY
          && subject.equals(old.subject)
          && category.agrees(old.category)
          && kindsAgree(kind, old.kind)
          // "switched their phone to …" is not of a laptop; a service's thing may be ("ported
          // their number to …" of a carrier)
          && (object.isEmpty() || !artifact(old.kind) || kindsAgree(object, old.kind))
          // a work laptop and a home one are two
          && (qualifiers.isEmpty()
              || old.qualifiers.isEmpty()
              || qualifiers.stream().anyMatch(old.qualifiers::contains))
          && name.stream().noneMatch(old.name::contains)
          && (from.isEmpty() || from.stream().anyMatch(old.name::contains));
    }
  }

  /** Verbs of having or using something one has one of: "has a Nokia phone", "drives a Honda". */
  private static final Set<String> HAVING =
      Set.of("has", "have", "had", "owns", "own", "uses", "use", "drives", "drive", "rides");

  /** WordNet's verbs whose kinds are changes of a choice: switch, upgrade, trade, swap. */
  private static final Set<String> CHANGING = Set.of("change", "exchange", "transfer");

  /** The lemma of moving, whose verbs need an object: "moved their account to", not "moved to". */
  private static final String MOVE = "move";

  /** How many senses of a verb are read for a change, and hypernym steps to its kind. */
  private static final int VERB_SENSES = 2;

  private static final int VERB_DEPTH = 2;

  /** Kind nouns of a membership: a team one plays for, a party one votes for. */
  private static final Set<String> MEMBERSHIPS = Set.of("team", "party");

  /** Nouns after a name saying one supports it: "a Celtics fan". */
  private static final Set<String> SUPPORTERS = Set.of("fan", "supporter");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> COPULA = Set.of("is", "was");
  private static final Set<String> ADVERBS = Set.of("now", "still", "currently", "mostly");
  private static final Set<String> DESTINATIONS = Set.of("to", "for");

  /** How many words a change's object, or the modifiers of a kind noun, may have. */
  private static final int SPAN = 4;

  private static final Set<String> TIMES =
      Stream.concat(Stream.of(Month.values()), Stream.of(DayOfWeek.values()))
          .map(v -> v.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> NOT_NAMES =
      Set.of("i", "dr", "mr", "mrs", "ms", "miss", "prof", "user", "customer", "am", "pm");

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:['’]s\\b)?");

  private static final Cache<String, Boolean> VERBS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  private static final Cache<String, Boolean> KINDS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** A written word: as written, lower case without "'s", and whether "'s" ended it. */
  private record Token(String written, String lower, boolean possessive) {}

  /** The choice a statement names, if any. */
  static Optional<Choice> of(String text) {
    List<Token> t = tokens(text);
    int start = !t.isEmpty() && t.get(0).lower().equals("the") ? 1 : 0;
    if (t.size() - start < 3) {
      return Optional.empty();
    }
    Optional<Slot> slot = Readings.slot(text);
    if (slot.isPresent()
        && slot.get().role() == null
        && !slot.get().attribute().equals(Slot.POLITICS)) {
      return Optional.empty();
    }
    String subject = t.get(start).lower();
    if (t.get(start).possessive()) {
      return possessed(t, start, subject);
    }
    if (HAVING.contains(t.get(start + 1).lower())) {
      // before the verb is looked for: "has" is also an auxiliary ("has switched")
      Optional<Choice> had = had(t, start + 1, subject);
      if (had.isPresent()) {
        return had;
      }
    }
    int verb = Slot.verbIndex(t.stream().map(Token::lower).toList(), start + 1);
    if (verb >= t.size()) {
      return Optional.empty();
    }
    String v = t.get(verb).lower();
    if (HAVING.contains(v)) {
      return had(t, verb, subject);
    }
    Optional<Choice> membership = membership(t, verb, subject);
    if (membership.isPresent()) {
      return membership;
    }
    return changed(t, verb, subject);
  }

  /** "User's [new] mobile carrier is (now) Verizon": the noun before "is" is the kind. */
  private static Optional<Choice> possessed(List<Token> t, int start, String subject) {
    int is = start + 1;
    while (is < t.size() && is - start <= SPAN && !COPULA.contains(t.get(is).lower())) {
      if (t.get(is).possessive() || person(t.get(is).lower())) {
        // "User's son's phone", "User's sister is …": another's
        return Optional.empty();
      }
      is++;
    }
    if (is >= t.size() || is == start + 1 || !COPULA.contains(t.get(is).lower())) {
      return Optional.empty();
    }
    String kind = t.get(is - 1).lower();
    boolean change = t.subList(start + 1, is).stream().anyMatch(w -> w.lower().equals("new"));
    int at = is + 1;
    while (at < t.size() && ADVERBS.contains(t.get(at).lower())) {
      change |= t.get(at).lower().equals("now");
      at++;
    }
    if (at < t.size() && ARTICLES.contains(t.get(at).lower())) {
      at++;
    }
    Set<String> name = name(t, at);
    if (name.isEmpty() || !kind.equals(kind.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Category category = MEMBERSHIPS.contains(kind) ? Category.MEMBERSHIP : Category.THING;
    Set<String> qualifiers = new LinkedHashSet<>();
    for (Token w : t.subList(start + 1, is - 1)) {
      if (!Lexicon.CHANGE.contains(w.lower()) && noun(w)) {
        qualifiers.add(w.lower());
      }
    }
    return Optional.of(
        new Choice(subject, kind, Set.copyOf(qualifiers), "", category, name, Set.of(), change));
  }

  /** "User has a Nokia phone", "User drives a Honda Civic": the noun after the name is the kind. */
  private static Optional<Choice> had(List<Token> t, int verb, String subject) {
    int at = verb + 1;
    if (at < t.size() && ARTICLES.contains(t.get(at).lower())) {
      at++;
    }
    Set<String> name = name(t, at);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int after = at + nameLength(t, at);
    String kind = after < t.size() && noun(t.get(after)) ? t.get(after).lower() : "";
    return Optional.of(
        new Choice(subject, kind, Set.of(), "", Category.THING, name, Set.of(), false));
  }

  /**
   * "User plays for the Hawks basketball team", "User is a Boston Celtics fan", "User is a member
   * of the Labour party", and the changes "User joined the Eagles basketball team", "User signed
   * with Eastfield United".
   */
  private static Optional<Choice> membership(List<Token> t, int verb, String subject) {
    String v = t.get(verb).lower();
    String lemma = WordNet.verbLemma(v);
    boolean joined = "join".equals(lemma) || "sign".equals(lemma) && next(t, verb, "with");
    boolean plays = "play".equals(lemma) && next(t, verb, "for");
    boolean supports = "support".equals(lemma);
    int at = plays || "sign".equals(lemma) ? verb + 2 : verb + 1;
    boolean fan = false;
    boolean member = false;
    if (COPULA.contains(v)) {
      at = verb + 1;
      if (at < t.size() && ARTICLES.contains(t.get(at).lower())) {
        at++;
      }
      if (at + 1 < t.size() && t.get(at).lower().equals("member") && next(t, at, "of")) {
        member = true;
        at += 2;
      } else {
        fan = true;
      }
    } else if (!(joined || plays || supports)) {
      return Optional.empty();
    }
    if (at < t.size() && ARTICLES.contains(t.get(at).lower())) {
      at++;
    }
    Set<String> name = name(t, at);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String kind = kindAfter(t, at + nameLength(t, at));
    boolean party = name.stream().anyMatch(Parties::party);
    if (fan && !SUPPORTERS.contains(kind) || member && !party) {
      return Optional.empty();
    }
    if (party) {
      kind = "party";
    } else if (fan || supports) {
      kind = "fan";
    } else if (plays && kind.isEmpty()) {
      kind = "team";
    } else if (joined && !MEMBERSHIPS.contains(kind) && !"sign".equals(lemma)) {
      // "joined Greenpeace", "joined a gym": one belongs to many
      return Optional.empty();
    }
    return Optional.of(
        new Choice(subject, kind, Set.of(), "", Category.MEMBERSHIP, name, Set.of(), joined));
  }

  /**
   * "User switched to an iPhone", "User ported their number to T-Mobile", "User migrated from
   * LastPass to Bitwarden", "User traded the Fiesta in for a Kia", "User switched allegiance and
   * now roots for the Lakers": a verb of changing, then "to", "for" or "with" a name.
   */
  private static Optional<Choice> changed(List<Token> t, int verb, String subject) {
    String v = t.get(verb).lower();
    if (!WordNet.plain(v)) {
      return Optional.empty();
    }
    // a verb of changing or exchanging ("switched", "swapped", "upgraded") stands alone; one of
    // moving ("moved", "ported", "migrated") needs an object or what it left
    boolean exchanging =
        Boolean.TRUE.equals(VERBS.get("c|" + v, k -> verbOf(v, CHANGING::contains)));
    boolean moving =
        !exchanging && Boolean.TRUE.equals(VERBS.get("m|" + v, k -> verbOf(v, MOVE::equals)));
    if (!exchanging && !moving) {
      return Optional.empty();
    }
    Set<String> from = new LinkedHashSet<>();
    int objects = 0;
    String object = "";
    for (int i = verb + 1; i < t.size() && i - verb <= SPAN + 2; i++) {
      String w = t.get(i).lower();
      if (w.equals("from") && !name(t, i + 1).isEmpty()) {
        from.addAll(name(t, i + 1));
        i += nameLength(t, i + 1);
        continue;
      }
      if (DESTINATIONS.contains(w)) {
        int at = i + 1;
        if (at < t.size() && ARTICLES.contains(t.get(at).lower())) {
          at++;
        }
        Set<String> name = name(t, at);
        if (name.isEmpty()
            || moving && objects == 0 && from.isEmpty()
            || place(String.join(" ", name))) {
          // "moved to Bristol", "drove the Tesla to Cornwall": a place gone to, no choice
          return Optional.empty();
        }
        return Optional.of(
            new Choice(subject, "", Set.of(), object, Category.ANY, name, Set.copyOf(from), true));
      }
      if (person(w)) {
        return Optional.empty();
      }
      if (named(t.get(i))) {
        // "traded the Fiesta in for a Kia": the name given up
        from.add(w);
      }
      if (!ARTICLES.contains(w)) {
        objects++;
      }
      if (object.isEmpty() && noun(t.get(i)) && artifact(w)) {
        object = w;
      }
    }
    return Optional.empty();
  }

  /** Whether a verb's first senses are, or are kinds of, a verb {@code kinds} accepts. */
  private static boolean verbOf(String word, Predicate<String> kinds) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word);
          if (verb == null) {
            return false;
          }
          List<Synset> senses = verb.getSenses();
          for (int i = 0; i < Math.min(VERB_SENSES, senses.size()); i++) {
            if (WordNet.reaches(senses.get(i), kinds, VERB_DEPTH)) {
              return true;
            }
          }
          return false;
        });
  }

  /** Whether two kind nouns name one kind: the same, one a kind of the other, or either unsaid. */
  static boolean kindsAgree(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    if (!WordNet.plain(a) || !WordNet.plain(b)) {
      return false;
    }
    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    return KINDS.get(key, k -> WordNet.isKindOf(a, b) || WordNet.isKindOf(b, a));
  }

  /** The last of up to three lower-case words at {@code from}: "basketball team" gives "team". */
  private static String kindAfter(List<Token> t, int from) {
    String kind = "";
    for (int i = from; i < Math.min(t.size(), from + 3); i++) {
      Token w = t.get(i);
      if (!noun(w) || Lexicon.PREPOSITION_ROLE.containsKey(w.lower())) {
        break;
      }
      kind = w.lower();
    }
    return kind;
  }

  private static boolean next(List<Token> t, int i, String word) {
    return i + 1 < t.size() && t.get(i + 1).lower().equals(word);
  }

  /** Whether a word is a lower-case noun: "phone" in "a Nokia phone", not "in", "last". */
  private static boolean noun(Token w) {
    String lower = w.lower();
    return w.written().equals(lower)
        && WordNet.plain(lower)
        && !Lexicon.PREPOSITION_ROLE.containsKey(lower)
        && !TimePhrases.adjective(lower)
        && WordNet.ask(lower, dictionary -> dictionary.lookupIndexWord(POS.NOUN, lower) != null);
  }

  /** WordNet's lexicographer file of made things. */
  private static final String ARTIFACT = "noun.artifact";

  /** Whether a noun's first sense is a made thing: "phone", "laptop", "car"; not "number". */
  static boolean artifact(String lower) {
    return WordNet.plain(lower)
        && Boolean.TRUE.equals(KINDS.get("artifact|" + lower, k -> first(lower, ARTIFACT)));
  }

  /** Whether a noun's first sense is in WordNet's lexicographer file {@code file}. */
  private static boolean first(String lower, String file) {
    return WordNet.ask(
        lower,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, lower);
          return noun != null
              && !noun.getSenses().isEmpty()
              && noun.getLemma().equalsIgnoreCase(lower)
              && file.equals(noun.getSenses().get(0).getLexFileName());
        });
  }

  /** WordNet's lexicographer file of places. */
  private static final String LOCATION = "noun.location";

  /**
   * Whether a name is, by its first noun sense, a place: "Bristol", "New York"; not "Toyota Yaris".
   */
  private static boolean place(String lower) {
    return WordNet.plain(lower.replace(" ", ""))
        && Boolean.TRUE.equals(KINDS.get("place|" + lower, k -> first(lower, LOCATION)));
  }

  private static boolean person(String lower) {
    return ValueKinds.person(Lexicon.canonical(lower));
  }

  /** The name at {@code from}, lower case: capitalized words and the numbers after them. */
  private static Set<String> name(List<Token> t, int from) {
    Set<String> name = new LinkedHashSet<>();
    for (int i = from; i < from + nameLength(t, from); i++) {
      name.add(t.get(i).lower());
    }
    return name;
  }

  private static int nameLength(List<Token> t, int from) {
    int i = from;
    while (i < t.size() && (named(t.get(i)) || i > from && numbered(t.get(i)))) {
      i++;
    }
    return i - from;
  }

  /** A word with a capital that is no title, month or weekday: "Samsung", "iPhone", "T-Mobile". */
  private static boolean named(Token w) {
    return !w.possessive()
        && w.written().chars().anyMatch(Character::isUpperCase)
        && Character.isLetter(w.written().charAt(0))
        && !NOT_NAMES.contains(w.lower())
        && !TIMES.contains(w.lower());
  }

  /** A model number after a name: "5" of "Fairphone 5", "S21", "EV6". */
  private static boolean numbered(Token w) {
    return w.written().chars().anyMatch(Character::isDigit) && w.written().length() <= 4;
  }

  private static List<Token> tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    List<Token> out = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      boolean possessive = w.endsWith("'s") || w.endsWith("’s");
      String bare = possessive ? w.substring(0, w.length() - 2) : w;
      out.add(new Token(bare, bare.toLowerCase(Locale.ROOT), possessive));
    }
    return out;
  }
}
