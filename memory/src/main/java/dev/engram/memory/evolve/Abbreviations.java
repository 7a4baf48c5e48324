package dev.engram.memory.evolve;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations written out, so that one value abbreviated and in full is one value.
 *
 * <ul>
 *   <li>Academic degrees, from a table of the common English ones: "MSc", "M.Sc." and "Master of
 *       Science" are "master of science degree"; "master's degree" (the "'s" is gone by now) and
 *       "masters" are "master degree", so an MSc restates a master's degree and adds what it is in;
 *       "PhD" and "doctorate" are "doctorate degree"; "BA" (before "in", "degree", "from" or after
 *       "a", "an", "her", …) "bachelor of arts degree".
 *   <li>Weekdays and months abbreviated as the JDK writes them in English ({@link TextStyle#SHORT}:
 *       "Mon", "Sep") and the usual longer forms ("Tues", "Thurs", "Sept"), capitalized, in a date
 *       or a time ("on Mon", "Mon 3 June", "3 Sept", "Sept 2024"): "Jan" or "Sat" alone may be a
 *       name or a verb.
 * </ul>
 */
final class Abbreviations {
  private Abbreviations() {}

  /** Degrees: a pattern for each way of writing it, and what it is written as. */
  private static final Map<Pattern, String> DEGREES = degrees();

  private static Map<Pattern, String> degrees() {
    Map<Pattern, String> d = new LinkedHashMap<>();
    d.put(abbreviation("M\\.?Sc\\.?|MS[cC]"), "master of science degree");
    d.put(abbreviation("M\\.?A\\.?", true), "master of arts degree");
    d.put(abbreviation("MBA"), "master of business administration degree");
    d.put(abbreviation("M\\.?Phil\\.?"), "master of philosophy degree");
    d.put(abbreviation("B\\.?Sc\\.?"), "bachelor of science degree");
    d.put(abbreviation("B\\.?A\\.?", true), "bachelor of arts degree");
    d.put(abbreviation("B\\.?Eng\\.?"), "bachelor of engineering degree");
    d.put(abbreviation("M\\.?Eng\\.?"), "master of engineering degree");
    d.put(abbreviation("Ph\\.?D\\.?|D\\.?Phil\\.?"), "doctorate degree");
    d.put(
        Pattern.compile(
            "(?i)\\b(master|bachelor)s?\\s+of\\s+(science|arts|engineering)(?:\\s+degree)?\\b"),
        "$1 of $2 degree");
    d.put(Pattern.compile("(?i)\\b(master|bachelor)s?\\s+degree\\b"), "$1 degree");
    // "has a master's in law" ("'s" is gone by now): the degree, not a master of a craft
    d.put(
        Pattern.compile(
            "(?i)(?<=\\b(?:an?|his|her|their|my|your)\\s)(master|bachelor)s?"
                + "(?=\\s+(?:in|from)\\b)"),
        "$1 degree");
    d.put(
        Pattern.compile("(?i)\\bdoctora(?:te|l\\s+degree)(?:\\s+degree)?\\b"), "doctorate degree");
    return d;
  }

  /** An abbreviation as written, with "degree" after it if there. */
  private static Pattern abbreviation(String forms) {
    return abbreviation(forms, false);
  }

  /**
   * An abbreviation; when {@code ambiguous} ("BA", "MA": an airline, a state), only after an
   * article or a possessive or before "in", "degree", "from", "(Hons)".
   */
  private static Pattern abbreviation(String forms, boolean ambiguous) {
    String core = "(?:" + forms + ")(?![\\p{L}.])(?:\\s+degree\\b)?";
    String before = "(?:in|from|degree|\\(Hons\\)|hons)\\b";
    return Pattern.compile(
        ambiguous
            ? "(?<=\\b(?:an?|his|her|their|my|your)\\s)"
                + core
                + "(?=\\s*[,;]|\\s*\\.?$)|\\b"
                + core
                + "(?=\\s+"
                + before
                + ")"
            : "\\b" + core);
  }

  /** Weekdays and months abbreviated, by what they abbreviate. */
  private static final Map<String, String> CALENDAR = calendar();

  private static Map<String, String> calendar() {
    Map<String, String> c = new HashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      c.put(
          d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }
    for (Month m : Month.values()) {
      c.put(
          m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }
    c.put("Tues", "Tuesday");
    c.put("Thur", "Thursday");
    c.put("Thurs", "Thursday");
    c.put("Sept", "September");
    c.remove("May");
    return Map.copyOf(c);
  }

  /** A capitalized abbreviation of a weekday or month, with what shows it is one. */
  private static final Pattern CALENDAR_WORD =
      Pattern.compile(
          "(?<=\\b(?:on|every|next|last|this|by|until|from|since|in|of)\\s)"
              + "(\\p{Lu}\\p{Ll}{2,4})\\.?(?!\\p{L})"
              + "|\\b(\\p{Lu}\\p{Ll}{2,4})\\.?(?=\\s*\\d|-\\p{Lu})"
              + "|(?<=\\d\\s)(\\p{Lu}\\p{Ll}{2,4})\\b\\.?");

  /** The text with degrees, weekdays and months written out. */
  static String normalize(String text) {
    String out = text;
    for (Map.Entry<Pattern, String> degree : DEGREES.entrySet()) {
      // lower case: "Master of Science" is no name
      out =
          degree
              .getKey()
              .matcher(out)
              .replaceAll(m -> Matcher.quoteReplacement(written(degree.getValue(), m)));
    }
    return Numerals.replace(CALENDAR_WORD, out, Abbreviations::calendarWord);
  }

  /** What a degree is written as, with the words it took from the text, in lower case. */
  private static String written(String form, MatchResult m) {
    String out = form;
    for (int g = 1; g <= m.groupCount(); g++) {
      out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g));
    }
    return out.toLowerCase(Locale.ROOT);
  }

  private static String calendarWord(MatchResult m) {
    String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return CALENDAR.get(word);
  }
}
