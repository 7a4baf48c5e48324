package dev.engram.memory.evolve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One value written in two formats, brought to one before a statement is parsed: numbers in digits
 * ({@link Numerals}: "1,475", "fifty-eight thousand", "two-kilometre", "fourth"), abbreviations
 * written out ({@link Abbreviations}: "MSc", "Sept"), a time of the clock in one format ({@link
 * ClockTimes}: "half past six", "11 pm", "23:00"), a date with its year as day, month and year
 * ({@link Dates}: "2027-03-01", "March 1, 2027"), money with the code of its currency ({@link
 * Currencies}: "€1475", "58k pounds"), an amount with one name for its unit ({@link Amounts}: "2
 * kilometres", "an hour and a half"), a span counted in a word ("a decade" is "10 years", "a
 * fortnight" "2 weeks", "a dozen" "12") and a weekday in the plural ("on Tuesdays" is "on Tuesday":
 * a habit on that day).
 */
final class Formats {
  private Formats() {}

  /** A span counted by a word of its own. */
  private static final Pattern SPAN =
      Pattern.compile("(?i)\\b(?:a|one)\\s+(decade|fortnight|dozen)\\b");

  /** A weekday in the plural. */
  private static final Pattern WEEKDAYS =
      Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)(day)s\\b");

  /** The statement with each value in one format. */
  static String normalize(String text) {
    String out = text;
    if (out.indexOf(' ') >= 0) {
      out = Numerals.normalize(out);
      out = Abbreviations.normalize(out);
      out = Dates.normalize(out);
      out = ClockTimes.normalize(out);
      out = Currencies.normalize(out);
      out = Amounts.normalize(out);
      out = span(out);
    }
    return WEEKDAYS.matcher(out).replaceAll("$1$2");
  }

  private static String span(String text) {
    return SPAN.matcher(text)
        .replaceAll(
            m ->
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                  case "decade" -> "10 years";
                  case "fortnight" -> "2 weeks";
                  default -> "12";
                });
  }
}
