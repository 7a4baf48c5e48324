package dev.engram.memory.evolve;

import dev.engram.memory.Stemmer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word knowledge of the rule engine: function words, light stemming, synonyms and aliases,
 * change words, negations, additive markers and predicates, antonyms. General English, not tuned to
 * any one sentence.
 */
final class Lexicon {
  private Lexicon() {}

  /** Words that carry no fact: articles, auxiliaries, pronouns, the subject nouns, light verbs. */
  static final Set<String> STOP =
      words(
          "a an the is are was were be been being am do does did has have had "
              + "having get gets got take takes took taking use uses used using make go goes went going "
              + "gone follow follows followed following keep keeps kept keeping "
              + "makes i me my mine he she they them their his her hers its it this that "
              + "these those there user users customer customers client person s and or "
              + "but so which who whom whose what when where while if then than just also "
              + "too first currently usually always really very to in at on of by for "
              + "with as from into about via near during since until into over under per "
              + "would will can could should shall may might must one some any all more "
              + "most than other over each such much many lot less");

  /** Prepositions, grouped by the kind of slot they introduce. */
  static final Map<String, String> PREPOSITION_ROLE =
      Map.ofEntries(
          Map.entry("as", "role"),
          Map.entry("in", "place"),
          Map.entry("at", "place"),
          Map.entry("near", "place"),
          Map.entry("from", "place"),
          Map.entry("by", "means"),
          Map.entry("with", "company"),
          Map.entry("via", "means"),
          Map.entry("using", "means"),
          Map.entry("through", "means"),
          Map.entry("on", "time"),
          Map.entry("during", "time"),
          Map.entry("since", "time"),
          Map.entry("until", "time"),
          Map.entry("to", "target"),
          Map.entry("into", "target"),
          Map.entry("for", "purpose"),
          Map.entry("about", "topic"),
          Map.entry("of", "topic"));

  /** Words or phrases (joined with a space) saying the fact changed. */
  static final Set<String> CHANGE =
      phrases(
          "now,nowadays,moved,moves,move,relocated,relocate,switched,switch,switches,changed,"
              + "change,changes,upgraded,upgrade,downgraded,downgrade,renamed,rename,stopped,stop,"
              + "quit,became,become,becomes,instead,anymore,replaced,converted,transferred,"
              + "promoted,updated,left,no longer,any more,gave up,from now,these days,new,"
              + "rescheduled,postponed,cancelled,canceled");

  /** Words making a statement negative ({@code n't} is split to {@code not} first). */
  static final Set<String> NEGATION = Set.of("not", "no", "never", "without", "none", "nothing");

  /**
   * Change words and phrases that end what follows them ("quit smoking", "gave up meat"): the
   * statement is negative about it, as with "no longer".
   */
  static final Set<String> TERMINATIVE =
      phrases("no longer,quit,quits,stopped,stop,stops,gave up,give up,cancelled,canceled");

  /** Words saying the statement adds to what is known rather than replacing it. */
  static final Set<String> ADDITIVE_MARKER =
      words("also another second third too additionally additional besides");

  /**
   * Predicates that hold for many objects at once (liking X does not stop liking Y, nor fearing
   * spiders fearing heights), and transactions, each an event of its own (buying a laptop does not
   * undo buying a bicycle; two bookings, two orders are two facts). Volunteering at one place does
   * not end volunteering at another.
   */
  static final Set<String> ADDITIVE_PREDICATE =
      wordsAndStems(
          "like hate dislike afraid scared frightened terrified fear allergic speak play visit know learn collect watch "
              + "read friend interest fan own study listen eat drink travel attend follow "
              + "support subscribe subscrib member membership buy buys bought buying purchase purchased order ordered "
              + "book booked booking reserve reserved rent rented volunteer "
              + "conversation converse refer referred referral");

  /**
   * Nouns of events with other people: a meeting with Dana and a meeting with Raj on the same day
   * are two meetings, as two lunches or two interviews are, unless a change word says one moved.
   */
  static final Set<String> EVENT_NOUNS =
      wordsAndStems(
          "meeting meetings appointment appointments interview interviews lunch lunches dinner "
              + "dinners breakfast breakfasts party parties concert concerts");

  /** Shared words too generic to say two statements are about the same attribute. */
  static final Set<String> GENERIC =
      wordsAndStems("name want need go gonna wanna gotta thing good often sometime every day");

  /** Two-word verbs read as one word, before anything else: phrase → canonical word. */
  static final Map<String, String> PHRASAL =
      Map.of(
          "work out", "exercise",
          "works out", "exercise",
          "working out", "exercise",
          "worked out", "exercise");

  /** Explicit requests to drop a fact. */
  static final Set<String> RETRACT = words("forget disregard ignore delete remove erase scratch");

  /** Pairs of values that exclude each other (stems, both directions). */
  private static final List<String> ANTONYM_PAIRS =
      List.copyOf(
          words(
              "dark:light hot:cold early:late morning:evening morning:night big:small "
                  + "short:long cheap:expensive summer:winter left:right introvert:extrovert "
                  + "day:night sweet:savory loud:quiet fast:slow high:low like:hate "
                  + "like:dislike true:false online:offline public:private single:married "
                  + "remote:office annual:monthly weekly:daily metric:imperial iphone:android "
                  + "mac:windows"));

  /** Synonyms and aliases: word or stem → canonical form. */
  private static final Map<String, String> CANON = canon();

  /**
   * {@link #ANTONYM_PAIRS} in canonical form, both directions, as {@code x:y}: computed once, since
   * the rule resolver asks for every pair of words it compares.
   */
  private static final Set<String> ANTONYMS = antonymSet();

  private static Set<String> antonymSet() {
    Set<String> pairs = new java.util.HashSet<>();
    for (String pair : ANTONYM_PAIRS) {
      String[] xy = pair.split(":");
      String x = canonical(xy[0]);
      String y = canonical(xy[1]);
      pairs.add(x + ":" + y);
      pairs.add(y + ":" + x);
    }
    return Set.copyOf(pairs);
  }

  private static Map<String, String> canon() {
    Map<String, String> m = new HashMap<>();
    alias(m, "color", "color colors colour colours coloured colored");
    alias(m, "flavor", "flavor flavors flavour flavours");
    alias(m, "behavior", "behavior behaviors behaviour behaviours");
    alias(m, "neighbor", "neighbor neighbors neighbour neighbours");
    alias(m, "center", "center centers centre centres");
    alias(m, "travel", "travel travels traveled traveling travelled travelling trip trips");
    alias(m, "organize", "organize organizes organized organise organises organised");
    alias(m, "like", "like likes liked love loves loved enjoy enjoys enjoyed fond");
    alias(m, "prefer", "prefer prefers preferred preference favorite favourite rather");
    alias(m, "mode", "theme themes mode modes setting settings scheme");
    alias(
        m,
        "name",
        "name named names call called calls nickname nicknamed rename renamed title titled");
    alias(
        m,
        "work",
        "job jobs work works worked working employed employment occupation "
            + "profession career employer");
    alias(m, "allergic", "allergy allergies allergic");
    // an intolerance is not an allergy: "is allergic to eggs" and "cannot eat eggs" are two facts,
    // "is lactose intolerant" and "can't digest lactose" one
    alias(m, "intolerant", "intolerant intolerance intolerances");
    alias(m, "pay", "pay pays paid paying payment payments billing billed");
    alias(
        m, "manage", "manage manages managed manager managing handles handled handle responsible");
    alias(m, "seat", "seat seats sit sits sitting seating");
    alias(m, "flight", "flight flights fly flies flying flew plane");
    alias(
        m,
        "live",
        "live lives lived living reside resides resided based move moves moved relocate relocated");
    alias(m, "speak", "speak speaks spoke fluent language languages");
    alias(m, "kid", "kid kids child children");
    alias(m, "partner", "wife husband spouse partner girlfriend boyfriend married marry marries");
    alias(m, "contact", "contact contacted contacting call calls reach reached");
    alias(m, "birthday", "birthday born birth birthdate");
    alias(m, "phone", "phone mobile cell telephone");
    alias(m, "email", "email mail e-mail");
    alias(m, "car", "car cars vehicle drives drive");
    alias(m, "employee", "employee employees staff workers headcount");
    alias(m, "meeting", "meeting meetings call-in appointment appointments");
    alias(m, "vegetarian", "vegetarian veggie");
    alias(m, "drink", "drink drinks drank drinking sip");
    alias(m, "eat", "eat eats ate eaten eating diet");
    alias(
        m,
        "learn",
        "learn learns learning learned learnt study studies studying studied student students");
    alias(m, "exercise", "exercise exercises exercising workout workouts");
    alias(m, "sms", "sms text texts texting texted");
    alias(m, "plan", "plan plans tier package");
    alias(m, "subscrib", "subscribe subscribes subscribed subscription subscriptions");
    alias(m, "nurse", "nurse nurses nursing");
    // a fan of a team supports it: "is an Arsenal fan" / "supports Arsenal"
    alias(m, "support", "support supports supported supporting supporter supporters fan fans");
    alias(m, "no", "no without");
    alias(m, "not", "not never");
    return Map.copyOf(m);
  }

  private static void alias(Map<String, String> m, String canonical, String words) {
    for (String w : words.split(" ")) {
      m.put(w, canonical);
    }
  }

  private static Set<String> phrases(String commaSeparated) {
    return Set.copyOf(List.of(commaSeparated.split(",")));
  }

  /** The words and their stems, for tables that statements' canonical words are looked up in. */
  private static Set<String> wordsAndStems(String words) {
    return withStems(List.of(words.split(" ")).toArray(String[]::new));
  }

  /**
   * The words as written and as {@link Stemmer} reduces them ("friday" and "fridai"), so that a
   * table is written in plain words and matches canonical forms whatever the stemmer does.
   */
  static Set<String> withStems(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(w);
      out.add(Stemmer.stem(w));
    }
    return Set.copyOf(out);
  }

  private static Set<String> words(String words) {
    return Set.copyOf(List.of(words.split(" ")));
  }

  /** Whether two canonical words exclude each other as values. */
  static boolean antonyms(String a, String b) {
    return ANTONYMS.contains(a + ":" + b) || negatedForm(a, b) || negatedForm(b, a);
  }

  /**
   * Whether {@code negated} is {@code word} with a negating prefix: "unhappy"/"happy",
   * "dislike"/"like", "nonsmoker"/"smoker", "inactive"/"active". "un" and "non" need a word of at
   * least three letters after them, "dis", "in" and "im" one of at least five ("inform" is not the
   * opposite of "form").
   */
  static boolean negatedForm(String negated, String word) {
    if (!negated.endsWith(word) || negated.length() == word.length()) {
      return false;
    }
    String prefix = negated.substring(0, negated.length() - word.length());
    return switch (prefix) {
      case "un", "non", "non-" -> word.length() >= 3;
      case "dis", "in", "im" -> word.length() >= 5;
      default -> false;
    };
  }

  /** The canonical form of a lower-case word: alias, else its stem's alias, else the stem. */
  static String canonical(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String alias = CANON.get(w);
    if (alias != null) {
      return alias;
    }
    String stem = Stemmer.stem(w);
    return CANON.getOrDefault(stem, stem);
  }
}
