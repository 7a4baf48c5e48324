package dev.engram.memory.evolve;

import dev.engram.memory.NumberWords;
import dev.engram.memory.Stemmer;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement reduced to what the rules compare: its canonical content words, which of them are
 * values (numbers, names), its polarity, its change words and markers, and the preposition that
 * introduces each content word.
 *
 * @param content canonical content words, in order
 * @param values content words that are numbers or proper names
 * @param names values written as a capitalized word of letters ("Gina"; not "PhD" or "NASA")
 * @param capitalized content words written with a capital letter, the first word included
 * @param negative whether the statement is negated (not, no, never, without, no longer)
 * @param changeWords change words and phrases it uses (now, moved, no longer, …)
 * @param additive whether it says it adds to what is known (also, another, second, …)
 * @param retraction whether it asks to forget a fact (forget, disregard, remove, …)
 * @param prepositions for each content word, the role of the preposition right before it, or {@link
 *     #MEASURE} for a number right after "is" or "was"
 * @param surface for each plain content word (not a value), the lower-case word as written, for
 *     look-ups that need a dictionary form ({@link WordNet})
 * @param ongoing whether it says what holds now, with "is", "are" or "am" ("is studying nursing",
 *     "is a student"): a completion told later ends it ({@link Completion})
 * @param givenUp content words the subject's verb of leaving, discarding or replacing has as its
 *     object ("left Google", "resigned from the bank": {@link Relinquishing#left}; "swapped the
 *     Focus", "deleted the Twitter account": {@link Relinquishing#discarded}), or that follow
 *     "instead of" or "in place of": what the subject left or replaced it no longer has
 * @param subject the name it opens with, lower case ("anna" of "Anna is a teacher", of "Anna's
 *     sister …"), which is not among its content words; null when it opens otherwise
 */
record Statement(
    List<String> content,
    Set<String> values,
    Set<String> names,
    Set<String> capitalized,
    boolean negative,
    Set<String> changeWords,
    boolean additive,
    boolean retraction,
    Map<String, String> prepositions,
    Map<String, String> surface,
    boolean ongoing,
    Set<String> givenUp,
    @Nullable String subject) {

  /** An email address (one value), else a word with inner hyphens. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"
              + "|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  /** The word as written for a content word, else the content word itself. */
  String surfaceOf(String word) {
    return surface.getOrDefault(word, word);
  }

  /** The role of a number right after "is": the value an attribute measures, not an id. */
  static final String MEASURE = "measure";

  private static final Set<String> COPULA = Set.of("is", "are", "was", "were");

  /** The copula in the present: what it says holds now. */
  private static final Set<String> PRESENT = Set.of("is", "are", "am");

  /** The names of the months, lower case. */
  private static final Set<String> MONTHS =
      java.util.Arrays.stream(java.time.Month.values())
          .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
          .map(m -> m.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the word at {@code i} is the day of a date: a month right before or after it, or after
   * "of" ("March 3rd", "3rd March", "the 3rd of March"); not "the 3rd floor".
   */
  private static boolean nextToMonth(List<String> raw, int i) {
    return i > 0 && MONTHS.contains(raw.get(i - 1))
        || i + 1 < raw.size() && MONTHS.contains(raw.get(i + 1))
        || i + 2 < raw.size() && raw.get(i + 1).equals("of") && MONTHS.contains(raw.get(i + 2));
  }

  /** An ordinal written in digits: "3rd", "21st", "5th". */
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

  private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern POSSESSIVE_NAME = Pattern.compile("^\\s*\\p{Lu}[\\p{L}-]*['’]s\\b");
  private static final java.util.Set<String> AUXILIARIES =
      java.util.Set.of("is", "was", "has", "had", "does", "did", "will", "can", "would", "never");

  private static final Set<String> SUBJECT_ADVERBS =
      Set.of("even", "also", "still", "just", "now", "never", "always", "often", "finally");

  /** Parses a statement. */
  static Statement parse(String text) {
    String prepared =
        text.replace('’', '\'')
            .replaceAll("(?i)can't|cannot", "can not")
            .replaceAll("(?i)won't", "will not")
            .replaceAll("(?i)n't\\b", " not")
            .replaceAll("(?i)'s\\b", "")
            .replace('\'', ' ');
    prepared = Formats.normalize(prepared);
    List<String> raw = new ArrayList<>();
    List<Boolean> capitalized = new ArrayList<>();
    List<Boolean> titleCase = new ArrayList<>();
    Matcher m = TOKEN.matcher(prepared);
    while (m.find()) {
      raw.add(m.group().toLowerCase(Locale.ROOT));
      capitalized.add(Character.isUpperCase(m.group().charAt(0)));
      titleCase.add(TITLE_CASE.matcher(m.group()).matches());
    }
    int start = namedSubject(text, raw, capitalized) ? 1 : 0;
    List<String> content = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> capitals = new LinkedHashSet<>();
    Set<String> change = new LinkedHashSet<>();
    Map<String, String> prepositions = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    boolean negative = false;
    boolean additive = false;
    boolean retraction = false;
    String lastPreposition = null;
    boolean afterCopula = false;
    boolean ongoing = false;
    Set<String> givenUp = new LinkedHashSet<>();
    // where the subject's verb of leaving is: its object is the next content word
    int leftAt = -1;
    // the subject's verb, after auxiliaries: "User has finished …", "User graduated …"
    int verb = Slot.verbIndex(raw, 1);
    boolean counted =
        raw.stream().anyMatch(t -> Character.isDigit(t.charAt(0)) || NumberWords.digits(t) != null);
    for (int i = start; i < raw.size(); i++) {
      String w = raw.get(i);
      // "New York", "Best Buy": a capitalized word inside the sentence is part of a name, not a
      // change word or an additive marker
      boolean inName = i > 0 && capitalized.get(i);
      String next = i + 1 < raw.size() ? raw.get(i + 1) : "";
      String phrase = w + " " + next;
      String phrasal = Lexicon.PHRASAL.get(phrase);
      if (phrasal != null) {
        if (!content.contains(phrasal)) {
          content.add(phrasal);
        }
        lastPreposition = null;
        i++;
        continue;
      }
      if (Lexicon.CHANGE.contains(phrase)) {
        change.add(phrase);
        negative |= Lexicon.TERMINATIVE.contains(phrase);
        i++;
        continue;
      }
      if (!inName && !next.isEmpty()) {
        // "has given up coffee", "is giving up meat": a change phrase in any inflection of its
        // verb; "passed away": a verb of dying ends what was said of the one who died
        String lemma = WordNet.verbLemma(w) + " " + next;
        boolean death = Ending.death(lemma);
        boolean terminative = Lexicon.TERMINATIVE.contains(lemma);
        if (Lexicon.CHANGE.contains(lemma) || terminative || death) {
          change.add(lemma);
          negative |= death || terminative;
          i++;
          continue;
        }
      }
      if (!inName && w.equals("as") && next.equals("well")) {
        // "goes to yoga on Thursdays as well": "as well" is "also"
        additive = true;
        i++;
        continue;
      }
      if (!inName && Ending.death(WordNet.verbLemma(w))) {
        // "User's dog Max died": no longer there
        change.add(WordNet.verbLemma(w));
        negative = true;
        continue;
      }
      if (Lexicon.CHANGE.contains(w) && !inName && !Purposes.wanted(raw, i)) {
        // not "saving for a new kitchen", "needs new tyres": a thing wanted, not one had
        change.add(w);
        negative |= Lexicon.TERMINATIVE.contains(w);
      }
      if (!inName && counted && (Magnitude.verb(w) || Magnitude.phrasal(w, next))) {
        // "the doctor raised the dose to 100 mg": a new amount of what was measured
        change.add(w);
      }
      if (i == verb && !inName && Completion.verb(w)) {
        // "finished the master's degree", "graduated from college": what was under way ended
        change.add(w);
      }
      if (i == verb && !inName && (Relinquishing.left(w) || Relinquishing.discarded(w))) {
        // "left Google and joined Meta", "swapped the Focus for a Skoda": what the subject left,
        // discarded or replaced it no longer has
        leftAt = i;
      }
      if (!inName
          && next.equals("of")
          && (w.equals("instead") || w.equals("place") && in(raw, i))) {
        // "bikes to work instead of driving", "an Apple TV in place of the Roku": what follows is
        // what the subject no longer has or does
        leftAt = i;
      }
      ongoing |= PRESENT.contains(w);
      if (Lexicon.NEGATION.contains(w)) {
        negative = true;
        continue;
      }
      if (Lexicon.ADDITIVE_MARKER.contains(w)) {
        additive = true;
        continue;
      }
      if (Lexicon.RETRACT.contains(w) && i <= 1) {
        retraction = true;
        continue;
      }
      if (Lexicon.PREPOSITION_ROLE.containsKey(w)) {
        lastPreposition = Lexicon.PREPOSITION_ROLE.get(w);
        continue;
      }
      if (COPULA.contains(w)) {
        afterCopula = true;
        continue;
      }
      if (Lexicon.STOP.contains(w)) {
        continue;
      }
      if (!inName && WordNet.refrains(w)) {
        // "avoids pork", "abstains from alcohol": a verb of not doing negates what follows
        negative = true;
        continue;
      }
      if (!inName && Tolerance.dislike(raw, i)) {
        // "can't stand cilantro": not putting up with it is not liking it
        w = DISLIKED;
      }
      String base = inName ? null : negatedBase(w);
      if (base != null) {
        // "is a non-smoker", "dislikes olives": the base word, negated
        negative = true;
        w = base;
      }
      boolean aliased = !Lexicon.canonical(w).equals(Stemmer.stem(w));
      if (Lexicon.CHANGE.contains(w) && !aliased && !inName) {
        continue;
      }
      String number = NumberWords.digits(w);
      Matcher ordinal = ORDINAL.matcher(w);
      if (number == null && ordinal.matches() && nextToMonth(raw, i)) {
        // "March 3rd" and "the 3rd of March" are "3 March"
        number = ordinal.group(1);
      }
      if ((number != null || Character.isDigit(w.charAt(0))) && age(raw, i, afterCopula, content)) {
        // "is 34", "is thirty-four years old", "turned 30": the number is the age
        if (i > 0 && AGE_VERBS.contains(raw.get(i - 1))) {
          content.remove(Lexicon.canonical(raw.get(i - 1)));
          surface.remove(Lexicon.canonical(raw.get(i - 1)));
        }
        if (!content.contains(AGE)) {
          content.add(AGE);
        }
        String years = number != null ? number : w;
        if (!content.contains(years)) {
          content.add(years);
          values.add(years);
          prepositions.putIfAbsent(years, MEASURE);
        }
        if (i + 2 < raw.size() && YEARS.contains(raw.get(i + 1)) && raw.get(i + 2).equals("old")) {
          i += 2;
        }
        lastPreposition = null;
        afterCopula = false;
        continue;
      }
      boolean name = i > 0 && capitalized.get(i) && !aliased;
      // a name is kept as written: "Ziggy" is not the stem "ziggi"
      String word = number != null ? number : name ? w : Lexicon.canonical(w);
      boolean value =
          number != null || Character.isDigit(w.charAt(0)) || w.indexOf('@') > 0 || name;
      if (leftAt >= 0 && i > leftAt) {
        givenUp.add(word);
        leftAt = -1;
      }
      if (capitalized.get(i)) {
        capitals.add(word);
      }
      if (!content.contains(word)) {
        content.add(word);
        if (value) {
          values.add(word);
          if (name && titleCase.get(i)) {
            names.add(word);
          }
        } else {
          surface.put(word, w);
        }
        if (lastPreposition != null) {
          prepositions.putIfAbsent(word, lastPreposition);
        } else if (afterCopula && Character.isDigit(w.charAt(0))) {
          // "blood pressure is 130/85": the number is what the attribute measures
          prepositions.putIfAbsent(word, MEASURE);
        }
      }
      lastPreposition = null;
      afterCopula = false;
    }
    return new Statement(
        List.copyOf(content),
        Set.copyOf(values),
        Set.copyOf(names),
        Set.copyOf(capitals),
        negative,
        Set.copyOf(change),
        additive,
        retraction,
        Map.copyOf(prepositions),
        Map.copyOf(surface),
        ongoing,
        Set.copyOf(givenUp),
        start == 1 ? raw.get(0) : null);
  }

  /** Whether the word before position {@code i} is "in": "in place of". */
  private static boolean in(List<String> raw, int i) {
    return i > 0 && raw.get(i - 1).equals("in");
  }

  /** The word a verb of not tolerating reads as, negated: "can't stand" is "does not like". */
  private static final String DISLIKED = "like";

  /** Prefixes that negate the word after them, longest first. */
  private static final List<String> NEGATING_PREFIXES = List.of("non-", "non", "dis", "un");

  /**
   * The word a prefixed word negates, when WordNet marks the two as opposites: "non-smoker" and
   * "nonsmoker" give "smoker", "dislikes" gives "likes", "unmarried" gives "married"; null
   * otherwise ("nonprofit" is not "not profit", "discount" not "not count", "under" not "der").
   */
  static String negatedBase(String word) {
    for (String prefix : NEGATING_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
        String base = word.substring(prefix.length());
        String canonical = Lexicon.canonical(base);
        return WordNet.antonymWords(word).stream()
                .anyMatch(a -> a.indexOf(' ') < 0 && Lexicon.canonical(a).equals(canonical))
            ? base
            : null;
      }
    }
    return null;
  }

  /** The attribute a number of years is, however it is worded. */
  static final String AGE = "age";

  /** Verbs whose number is an age: "turned 30", "turns 8", "aged 61". */
  private static final Set<String> AGE_VERBS = Set.of("turned", "turns", "turn", "aged");

  private static final Set<String> YEARS = Set.of("years", "year", "yrs");

  /**
   * Whether the number at {@code i} is an age: after an age verb, right after "is" followed by
   * "years old", or right after "is" ending the sentence when nothing but the person precedes
   * ("User is 29", "User's son is 4"; not "credit score is 720", "blood pressure is 130/85").
   */
  private static boolean age(
      List<String> raw, int i, boolean afterCopula, List<String> contentSoFar) {
    if (i > 0 && AGE_VERBS.contains(raw.get(i - 1))) {
      return true;
    }
    if (!afterCopula) {
      return false;
    }
    int rest = raw.size() - i - 1;
    return rest == 0 && contentSoFar.stream().allMatch(ValueKinds::person)
        || rest >= 2 && YEARS.contains(raw.get(i + 1)) && raw.get(i + 2).equals("old");
  }

  /**
   * Whether the statement opens with the name of its subject ("Alice's cat …", "Bob works …"):
   * memories are compared within one user, so that name says nothing about the attribute.
   */
  private static boolean namedSubject(String text, List<String> raw, List<Boolean> capitalized) {
    if (raw.size() < 2 || !capitalized.get(0)) {
      return false;
    }
    String first = raw.get(0);
    if (Lexicon.STOP.contains(first) || !Lexicon.canonical(first).equals(Stemmer.stem(first))) {
      return false;
    }
    if (POSSESSIVE_NAME.matcher(text).find()) {
      return true;
    }
    int i = 1;
    // "Joanna really likes …", "Jon even went …": an adverb between the name and its verb
    while (i < raw.size() - 1
        && (raw.get(i).endsWith("ly") || SUBJECT_ADVERBS.contains(raw.get(i)))) {
      i++;
    }
    String next = raw.get(i);
    return AUXILIARIES.contains(next)
        || next.length() > 3 && (next.endsWith("s") || next.endsWith("ed"))
        // "Joanna and others …": a subject of two
        || i == 1 && next.equals("and");
  }
}
