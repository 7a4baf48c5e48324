package dev.engram.memory.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, places, organizations, products and dates a text names, by rules and
 * gazetteers, offline and in microseconds (no NER model is served as a Maven artifact):
 *
 * <ul>
 *   <li>a <b>name</b> is a run of capitalized words ("Alice", "New York", "Bank of America"); a
 *       capitalized word that only opens a sentence ("Yesterday …") counts when it is not a common
 *       sentence opener and is known as a name elsewhere in the text or in a gazetteer; a speaker
 *       label ("Caroline: …") is a person;
 *   <li><b>places</b>: the JDK's country names (every ISO country in English), the cities of its
 *       time-zone ids ("Europe/Lisbon" → Lisbon), the US states, and names after "in", "from",
 *       "to", "at", "near", "visit(ed)";
 *   <li><b>organizations</b>: names ending in "Inc", "University", "School", "Bank", "Club", …;
 *   <li><b>products</b>: names right after "my new", "bought", "using", "playing", "reading",
 *       "watched", … ("my new iPhone" needs the capital: "iPhone" is a name);
 *   <li><b>dates</b>: "May 3, 2023", "3 May 2023", "May 2023", "2023-05-03", "in 2023" (years
 *       1900–2099), keyed by ISO date, month or year;
 *   <li>everything else capitalized: a <b>person</b>.
 * </ul>
 *
 * The same text always gives the same entities (stores call this at write time, search at query
 * time). At most {@value #MAX_ENTITIES} per text.
 */
public final class Entities {
  public static final int MAX_ENTITIES = 32;

  private static final Pattern NAME =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{L}?(?:\\s+(?:of|de|da|van|von|del|la|the|&)?\\s*\\p{Lu}[\\p{L}\\p{M}'’\\-]*)*");
  private static final Pattern SPEAKER =
      Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)?):");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern MONTH_DAY_YEAR;
  private static final Pattern DAY_MONTH_YEAR;
  private static final Pattern MONTH_YEAR;
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?:in|of|since|during|by|until|from|year)\\s+((?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Set<String> PLACES = new HashSet<>();
  private static final Set<String> NOT_NAMES =
      Set.copyOf(
          List.of(
              "i",
              "i'm",
              "i've",
              "i'd",
              "i'll",
              "im",
              "ive",
              "a",
              "an",
              "the",
              "this",
              "that",
              "these",
              "those",
              "my",
              "our",
              "your",
              "his",
              "her",
              "their",
              "its",
              "it",
              "it's",
              "we",
              "you",
              "he",
              "she",
              "they",
              "me",
              "us",
              "them",
              "hi",
              "hey",
              "hello",
              "yes",
              "yeah",
              "no",
              "nope",
              "thanks",
              "thank",
              "oh",
              "wow",
              "ok",
              "okay",
              "sure",
              "what",
              "when",
              "where",
              "who",
              "why",
              "how",
              "which",
              "and",
              "but",
              "or",
              "so",
              "if",
              "then",
              "also",
              "just",
              "well",
              "great",
              "good",
              "nice",
              "cool",
              "awesome",
              "congrats",
              "congratulations",
              "sorry",
              "please",
              "let",
              "let's",
              "do",
              "does",
              "did",
              "is",
              "are",
              "was",
              "were",
              "have",
              "has",
              "had",
              "can",
              "could",
              "would",
              "will",
              "should",
              "not",
              "all",
              "any",
              "some",
              "there",
              "here",
              "as",
              "at",
              "in",
              "on",
              "to",
              "for",
              "from",
              "with",
              "by",
              "after",
              "before",
              "since",
              "about",
              "today",
              "yesterday",
              "tomorrow",
              "tonight",
              "last",
              "next",
              "every",
              "each",
              "one",
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "user",
              "assistant",
              "mr",
              "mrs",
              "ms",
              "dr",
              "god",
              "lol",
              "haha",
              "bye",
              "dear",
              "love",
              "glad",
              "happy",
              "amazing",
              "totally",
              "really",
              "definitely",
              "absolutely",
              "exactly",
              "true",
              "right",
              "lgbtq",
              "lgbt",
              "tv",
              "ai",
              "ceo",
              "usa",
              "uk",
              "eu"));

  /** Words that often open a sentence and are not names (checked only there). */
  private static final Set<String> OPENERS =
      Set.copyOf(
          List.of(
              "sounds",
              "looks",
              "seems",
              "hope",
              "maybe",
              "sometimes",
              "wish",
              "nothing",
              "everything",
              "something",
              "anything",
              "anyway",
              "actually",
              "honestly",
              "life",
              "family",
              "family's",
              "being",
              "having",
              "thinking",
              "take",
              "make",
              "keep",
              "go",
              "get",
              "try",
              "see",
              "look",
              "remember",
              "tell",
              "guess",
              "agreed",
              "agree",
              "true",
              "sure",
              "totally",
              "indeed",
              "lots",
              "plenty",
              "both",
              "most",
              "many",
              "much",
              "more",
              "other",
              "another",
              "such",
              "even",
              "still",
              "though",
              "although",
              "because",
              "while",
              "once",
              "now",
              "lately",
              "recently",
              "finally",
              "first",
              "second",
              "then",
              "last",
              "later",
              "soon",
              "again",
              "never",
              "always",
              "often",
              "usually",
              "kids",
              "friends",
              "people",
              "everyone",
              "someone",
              "anyone",
              "nobody",
              "music",
              "art",
              "books",
              "reading",
              "work",
              "school",
              "thanks",
              "thank",
              "glad",
              "happy",
              "awesome",
              "amazing",
              "wonderful",
              "beautiful",
              "fantastic",
              "interesting",
              "definitely",
              "absolutely",
              "haha",
              "yep",
              "yup",
              "hmm",
              "same",
              "exactly",
              "perfect",
              "true",
              "wait",
              "really",
              "love",
              "loved",
              "like",
              "wow",
              "yay",
              "omg",
              "aww",
              "aw",
              "ah",
              "ahh",
              "well",
              "great",
              "good",
              "nice",
              "cool",
              "fun",
              "enjoy",
              "hang",
              "keep",
              "stay",
              "let",
              "hold",
              "check",
              "thankfully",
              "luckily"));

  private static final List<String> ORGANIZATION_WORDS =
      List.of(
          "inc",
          "corp",
          "corporation",
          "ltd",
          "llc",
          "gmbh",
          "company",
          "co",
          "university",
          "college",
          "school",
          "academy",
          "institute",
          "bank",
          "club",
          "foundation",
          "center",
          "centre",
          "hospital",
          "clinic",
          "association",
          "group",
          "agency",
          "church",
          "museum",
          "library",
          "society",
          "council",
          "department",
          "ministry",
          "studio",
          "studios",
          "labs",
          "records",
          "team",
          "union",
          "party",
          "network",
          "shelter",
          "organization",
          "organisation");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "my", "our", "his", "her", "their");
  private static final Set<String> PLACE_CUES =
      Set.copyOf(
          List.of(
              "in",
              "from",
              "to",
              "at",
              "near",
              "visit",
              "visited",
              "visiting",
              "around",
              "across"));
  private static final Set<String> PRODUCT_CUES =
      Set.copyOf(
          List.of(
              "new",
              "bought",
              "buy",
              "buying",
              "using",
              "use",
              "play",
              "playing",
              "played",
              "read",
              "reading",
              "watched",
              "watching",
              "watch",
              "drive",
              "drives",
              "driving",
              "ordered",
              "installed",
              "got"));
  private static final String[] US_STATES = {
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming"
  };

  static {
    for (Month month : Month.values()) {
      MONTHS.put(
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      MONTHS.put(
          month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    String months = "(" + String.join("|", MONTHS.keySet()) + ")\\.?";
    MONTH_DAY_YEAR =
        Pattern.compile(
            "\\b" + months + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    DAY_MONTH_YEAR =
        Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + months + ",?\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    MONTH_YEAR =
        Pattern.compile("\\b" + months + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    for (String code : Locale.getISOCountries()) {
      PLACES.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (String zone : ZoneId.getAvailableZoneIds()) {
      int slash = zone.lastIndexOf('/');
      if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
        PLACES.add(zone.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT));
      }
    }
    for (String state : US_STATES) {
      PLACES.add(state.toLowerCase(Locale.ROOT));
    }
    PLACES.addAll(List.of("usa", "uk", "europe", "asia", "africa", "america", "australia"));
  }

  private Entities() {}

  /** The entities a text names, in order of first mention, distinct by key. */
  public static List<Entity> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<String, Entity> found = new LinkedHashMap<>();
    dates(text, found);
    int start = 0;
    Matcher speaker = SPEAKER.matcher(text);
    if (speaker.find()) {
      add(found, speaker.group(1), EntityKind.PERSON);
      start = speaker.end();
    }
    String body = text.substring(start);
    Set<String> midSentence = new HashSet<>();
    List<Candidate> candidates = new ArrayList<>();
    Matcher name = NAME.matcher(body);
    while (name.find()) {
      String words = trimTail(name.group());
      if (words.isEmpty()) {
        continue;
      }
      boolean opensSentence = opensSentence(body, name.start());
      candidates.add(new Candidate(words, name.start(), opensSentence));
      if (!opensSentence) {
        midSentence.add(firstWord(words).toLowerCase(Locale.ROOT));
      }
    }
    for (Candidate candidate : candidates) {
      String words = candidate.words();
      String first = firstWord(words).toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(first) || MONTHS.containsKey(first)) {
        words = dropFirstWord(words);
        if (words.isEmpty()) {
          continue;
        }
        first = firstWord(words).toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(first) || MONTHS.containsKey(first)) {
          continue;
        }
      } else if (candidate.opensSentence()
          && !words.contains(" ")
          && !midSentence.contains(first)
          && !PLACES.contains(first)
          && looksCommon(first)) {
        continue; // "Researching adoption agencies …": an ordinary word opening a sentence
      }
      add(found, words, kind(words, previousWord(body, candidate.start())));
      if (found.size() >= MAX_ENTITIES) {
        break;
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The key of the person a statement is by or about: its speaker label ("Caroline: …") or the name
   * that opens it ("Caroline went …", "Caroline's daughter …"); empty when it opens with anything
   * else ("User likes tea", "Yesterday Caroline …", "Painting helps …").
   */
  public static Optional<String> subject(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher speaker = SPEAKER.matcher(text);
    if (speaker.find()) {
      return Optional.of(key(speaker.group(1)));
    }
    String body = text.stripLeading();
    Matcher name = NAME.matcher(body);
    if (!name.lookingAt()) {
      return Optional.empty();
    }
    String words = trimTail(name.group());
    String first = firstWord(words).toLowerCase(Locale.ROOT).replace('’', '\'');
    if (first.endsWith("'s")) {
      first = first.substring(0, first.length() - 2);
    }
    if (words.isEmpty()
        || NOT_NAMES.contains(first)
        || MONTHS.containsKey(first)
        || (!words.contains(" ") && looksCommon(first))
        || kind(words, "") != EntityKind.PERSON) {
      return Optional.empty();
    }
    String key = key(words);
    return key.length() < 2 ? Optional.empty() : Optional.of(key);
  }

  /** The keys of the people a text names (a query's people, for {@link #subject}). */
  public static Set<String> people(String text) {
    Set<String> keys = new HashSet<>();
    of(text).stream().filter(e -> e.kind() == EntityKind.PERSON).forEach(e -> keys.add(e.key()));
    return keys;
  }

  /** The entity keys of a text (for matching a query against stored memories). */
  public static Set<String> keys(String text) {
    Set<String> keys = new HashSet<>();
    of(text).forEach(e -> keys.add(e.key()));
    return keys;
  }

  /** The key a name is stored under: lower case, inner spaces single, trimmed, cut. */
  public static String key(String name) {
    String key = name.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    if (key.endsWith("'s")) {
      key = key.substring(0, key.length() - 2);
    }
    return key.length() > Entity.MAX_LENGTH ? key.substring(0, Entity.MAX_LENGTH) : key;
  }

  private record Candidate(String words, int start, boolean opensSentence) {}

  /** Whether a capitalized word opening a sentence looks like an ordinary word, not a name. */
  private static boolean looksCommon(String lower) {
    return OPENERS.contains(lower)
        || lower.endsWith("ing")
        || lower.endsWith("ed")
        || lower.endsWith("ly")
        || lower.endsWith("n't")
        || lower.endsWith("'ll")
        || lower.endsWith("'re")
        || lower.endsWith("'ve");
  }

  private static EntityKind kind(String words, String previous) {
    String lower = words.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf(' ') + 1).replace(".", "");
    String first = firstWord(lower);
    if (ORGANIZATION_WORDS.contains(last) || first.equals("university")) {
      return EntityKind.ORGANIZATION;
    }
    if (PLACES.contains(key(words))) {
      return EntityKind.PLACE;
    }
    if (PRODUCT_CUES.contains(previous)) {
      return EntityKind.PRODUCT;
    }
    if (PLACE_CUES.contains(previous)) {
      return EntityKind.PLACE;
    }
    return EntityKind.PERSON;
  }

  private static void dates(String text, Map<String, Entity> found) {
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      date(found, m.group(), m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      date(found, m.group(), m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      date(found, m.group(), m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      String key = m.group(2) + "-" + month(m.group(1));
      found.putIfAbsent(key, new Entity(key, m.group().strip(), EntityKind.DATE));
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      found.putIfAbsent(m.group(1), new Entity(m.group(1), m.group(1), EntityKind.DATE));
    }
  }

  private static String month(String name) {
    return String.format(
        "%02d", MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")).getValue());
  }

  private static void date(
      Map<String, Entity> found, String written, String year, String month, String day) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      found.putIfAbsent(
          date.toString(), new Entity(date.toString(), written.strip(), EntityKind.DATE));
    } catch (DateTimeException e) {
      // "February 31": not a date
    }
  }

  private static void add(Map<String, Entity> found, String words, EntityKind kind) {
    String name = words.strip();
    if (name.endsWith("'s") || name.endsWith("’s")) {
      name = name.substring(0, name.length() - 2);
    }
    String key = key(name);
    if (key.length() < 2) {
      return;
    }
    found.putIfAbsent(
        key,
        new Entity(
            key,
            name.length() > Entity.MAX_LENGTH ? name.substring(0, Entity.MAX_LENGTH) : name,
            kind));
  }

  /** Drops connecting words and punctuation the name pattern may have taken at its end. */
  private static String trimTail(String words) {
    String out = words.strip();
    boolean changed = true;
    while (changed && !out.isEmpty()) {
      changed = false;
      for (String tail :
          List.of(
              " of", " de", " da", " van", " von", " del", " la", " the", " and", " &", "-", "'")) {
        if (out.endsWith(tail)) {
          out = out.substring(0, out.length() - tail.length()).strip();
          changed = true;
        }
      }
    }
    return out;
  }

  private static boolean opensSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '(' || c == '\'') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '—';
    }
    return true;
  }

  private static String previousWord(String text, int at) {
    int end = at - 1;
    while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    int begin = end;
    while (begin >= 0 && Character.isLetter(text.charAt(begin))) {
      begin--;
    }
    String word = end < 0 ? "" : text.substring(begin + 1, end + 1).toLowerCase(Locale.ROOT);
    // "bought a Tesla", "visited the Louvre": the cue is the word before the article
    return DETERMINERS.contains(word) && begin > 0 ? previousWord(text, begin + 1) : word;
  }

  private static String firstWord(String words) {
    int space = words.indexOf(' ');
    return space < 0 ? words : words.substring(0, space);
  }

  private static String dropFirstWord(String words) {
    int space = words.indexOf(' ');
    return space < 0 ? "" : words.substring(space + 1).strip();
  }
}
