package dev.engram.memory.evolve;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of value a content word is, and which attributes hold one value at a time. The rule
 * resolver uses it to tell a value replaced from a second fact:
 *
 * <ul>
 *   <li><b>identifiers</b> (a number of three digits or more, a code mixing letters and digits
 *       other than an ordinal, a number after an identifying noun: order 12, note 7, ticket 40) and
 *       <b>times</b> (years, months, weekdays, a number introduced by on/during/since/until) name
 *       <em>events</em>: two orders, two notes, two appointments are two facts, not one value
 *       replaced — unless the attribute is single-valued (a phone number, a birthday) or a change
 *       word says it moved;
 *   <li><b>people</b>: a relation noun (son, sister, friend, boss, …) that only one statement
 *       holds, or two different relation nouns, mean the statements are about different people
 *       ("User's brother lives in Paris" / "User's friend lives in Paris"), as does a different
 *       name right after a shared relation noun when the rest of the statement follows it ("User's
 *       friend Mark likes chess" / "User's friend Ben likes chess");
 *   <li><b>single-valued attributes</b>: the table {@link #SINGLE_VALUED} (where someone lives,
 *       their name, age, birthday, contact details, height, weight, salary, favourite, plan, boss,
 *       partner, job title): a new value there replaces the old one even when the two are not
 *       worded in the same order.
 * </ul>
 */
final class ValueKinds {
  private ValueKinds() {}

  /** Canonical attribute words (see {@link Lexicon#canonical}) that hold one value at a time. */
  static final Set<String> SINGLE_VALUED =
      Lexicon.withStems(
          "live",
          "name",
          "age",
          "old",
          "birthday",
          "email",
          "phone",
          "address",
          "height",
          "weight",
          "salary",
          "prefer",
          "plan",
          "mode",
          "boss",
          "manage",
          "partner",
          "color",
          "tall",
          "nationality",
          "citizen",
          "hometown",
          "timezone",
          "zip",
          "postcode");

  /** Relation nouns naming a person other than the user (canonical forms). */
  static final Set<String> PEOPLE =
      Lexicon.withStems(
          "son",
          "daughter",
          "kid",
          "partner",
          "brother",
          "sister",
          "sibling",
          "mother",
          "mom",
          "mum",
          "father",
          "dad",
          "parent",
          "grandmother",
          "grandma",
          "grandfather",
          "grandpa",
          "grandparent",
          "aunt",
          "uncl",
          "cousin",
          "niec",
          "nephew",
          "friend",
          "colleagu",
          "coworker",
          "boss",
          "neighbor",
          "roommat",
          "classmat",
          "teammat",
          "fianc",
          "fiance",
          "fiancee",
          "stepson",
          "stepdaughter",
          "baby",
          "toddler",
          "teenager",
          "wif",
          "husband");

  /**
   * Nouns that make the number after them an identifier: "order 12", "note 7", "room 101" (in
   * canonical form: the light stemmer makes "note" "not"; a negation never reaches the content).
   */
  private static final Set<String> ID_NOUNS =
      Lexicon.withStems(
          "order",
          "note",
          "not",
          "ticket",
          "invoic",
          "flight",
          "book",
          "reservation",
          "room",
          "case",
          "item",
          "issu",
          "version",
          "receipt",
          "shipment",
          "packag",
          "parcel",
          "claim",
          "request",
          "transaction",
          "trip",
          "session",
          "episod",
          "chapter",
          "lesson",
          "task");

  private static final Set<String> TIME_WORDS =
      Lexicon.withStems(
          "january",
          "february",
          "march",
          "april",
          "jun",
          "june",
          "july",
          "juli",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "weekend",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "tomorrow",
          "yesterday",
          "tonight",
          "morn",
          "afternoon",
          "even",
          "noon",
          "midnight",
          "am",
          "pm");

  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  private static final Pattern CLOCK =
      Pattern.compile("\\d{1,2}(?::\\d\\d)?(?:am|pm|h)|\\d{1,2}h\\d\\d");

  /** "3rd", "21st", "7th": a position (a floor, a grade, a place in a race), not a code. */
  private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Whether {@code word} (at {@code index} of {@code words}) identifies one thing or event. */
  static boolean identifier(String word, List<String> words, int index) {
    boolean digit = word.chars().anyMatch(Character::isDigit);
    if (!digit) {
      return false;
    }
    boolean letter = word.chars().anyMatch(Character::isLetter);
    if (letter && !CLOCK.matcher(word).matches() && !ORDINAL.matcher(word).matches()) {
      return true;
    }
    String plain = word.replace("-", "");
    if (DIGITS.matcher(plain).matches() && plain.length() >= 3 && !YEAR.matcher(plain).matches()) {
      return true;
    }
    return index > 0 && ID_NOUNS.contains(words.get(index - 1));
  }

  /** Whether {@code word} is a time: a year, month, weekday, clock time or a number "on" a day. */
  static boolean time(String word, Statement statement) {
    return TIME_WORDS.contains(word)
        || YEAR.matcher(word).matches()
        || CLOCK.matcher(word).matches()
        || DIGITS.matcher(word).matches() && "time".equals(statement.prepositions().get(word));
  }

  /** Whether a word is an identifier or a time of the statement: it names an event. */
  static boolean eventValue(String word, Statement statement) {
    int i = statement.content().indexOf(word);
    boolean measured = Statement.MEASURE.equals(statement.prepositions().get(word));
    return !measured && identifier(word, statement.content(), i) || time(word, statement);
  }

  /** Whether one of the words is single-valued attribute. */
  static boolean singleValued(List<String> attribute) {
    return attribute.stream().anyMatch(SINGLE_VALUED::contains);
  }

  /**
   * Whether a canonical word names a person other than the user: a relation noun, or a hyphenated
   * word with one ("mother-in-law", "ex-wife", "half-brother").
   */
  static boolean person(String word) {
    return PEOPLE.contains(word) || hyphenatedPerson(word);
  }

  /**
   * Whether a hyphenated word names a relative: a relation noun with "-in-law" after it
   * ("mother-in-law") or a prefix before it ("ex-wife", "half-brother", "great-grandmother"); not
   * "kid-friendly".
   */
  static boolean hyphenatedPerson(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen < 0) {
      return false;
    }
    // the stemmer may shorten "law"
    String head =
        word.contains("-in-") ? word.substring(0, word.indexOf('-')) : word.substring(hyphen + 1);
    return !head.isEmpty() && (PEOPLE.contains(head) || PEOPLE.contains(Lexicon.canonical(head)));
  }
}
