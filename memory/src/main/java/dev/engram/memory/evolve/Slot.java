package dev.engram.memory.evolve;

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
 * <p>The only attribute read is the occupation: a statement fills it when, about its subject and no
 * other person (no relation noun), it names an occupation or a status towards work after "is",
 * "became" or "as" ({@link Occupations}: "is a bank teller", "is retired", "works as a nurse"), or
 * says where or as what its subject works ("works at Deloitte", "a new job at KPMG").
 *
 * <p>A verb of taking up or leaving work right after the subject fills it too, and says that it
 * changed ({@link Occupations#workVerb}: "User retired last year", "User resigned from the bank").
 *
 * @param subject the first word of the statement, lower case ("user", a speaker's name)
 * @param attribute the attribute filled
 * @param byVerb whether a verb of taking up or leaving work fills it: the statement changes it
 */
record Slot(String subject, String attribute, boolean byVerb) {
  static final String OCCUPATION = "occupation";

  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
  private static final Set<String> INTRODUCERS =
      Set.of("is", "am", "are", "was", "were", "became", "becomes", "become", "as");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** How many words after "is" or "as" may hold the occupation: "a freelance graphic designer". */
  private static final int SPAN = 4;

  /** The slot a statement fills, if any. */
  static Optional<Slot> of(String text) {
    List<String> words = words(text);
    int start = words.size() > 1 && words.get(0).equals("the") ? 1 : 0;
    if (words.size() - start < 2 || words.stream().anyMatch(Slot::person)) {
      return Optional.empty();
    }
    String subject = words.get(start);
    if (occupation(words, start + 1)) {
      return Optional.of(new Slot(subject, OCCUPATION, false));
    }
    return workVerb(words, start + 1)
        ? Optional.of(new Slot(subject, OCCUPATION, true))
        : Optional.empty();
  }

  /** Whether two statements fill the same attribute of the same subject. */
  static boolean shared(Optional<Slot> a, Optional<Slot> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().subject().equals(b.get().subject())
        && a.get().attribute().equals(b.get().attribute());
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

  private static List<String> words(String text) {
    Matcher m = WORD.matcher(text.replace('’', '\'').replaceAll("'s\\b", ""));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
