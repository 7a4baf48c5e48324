package dev.engram.memory.evolve;

import dev.engram.memory.NumberWords;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value written in two formats, brought to one before a statement is parsed: a clock time in
 * words or with a part of the day ("nine in the morning", "9 am", "7 in the evening" are "9am",
 * "9am", "7pm"), a span counted in a word ("a decade" is "10 years", "a fortnight" "2 weeks", "a
 * dozen" "12") and a weekday in the plural ("on Tuesdays" is "on Tuesday": a habit on that day).
 */
final class Formats {
  private Formats() {}

  /** An hour of the clock, in digits or words, then what says which half of the day it is in. */
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "(?::(\\d\\d))?\\s*(?:o\\s+clock\\s+)?"
              + "(am\\b|a\\.m\\.|pm\\b|p\\.m\\.|in the morning\\b|in the afternoon\\b"
              + "|in the evening\\b|at night\\b)");

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
      out = clock(out);
      out = span(out);
    }
    return WEEKDAYS.matcher(out).replaceAll("$1$2");
  }

  private static String clock(String text) {
    Matcher m = CLOCK.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String hour = hour(m.group(1).toLowerCase(Locale.ROOT));
      if (hour == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String part = m.group(3).toLowerCase(Locale.ROOT);
      String half =
          part.startsWith("a") && !part.startsWith("at") || part.endsWith("morning") ? "am" : "pm";
      String minutes = m.group(2) == null ? "" : ":" + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(hour + minutes + half));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The hour 1 to 12 as digits, or null. */
  private static String hour(String word) {
    String digits =
        word.equals("one")
            ? "1"
            : Character.isDigit(word.charAt(0)) ? word : NumberWords.digits(word);
    if (digits == null) {
      return null;
    }
    int h = Integer.parseInt(digits);
    return h >= 1 && h <= 12 ? String.valueOf(h) : null;
  }

  private static String span(String text) {
    Matcher m = SPAN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "decade" -> "10 years";
            case "fortnight" -> "2 weeks";
            default -> "12";
          };
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    return out.toString();
  }
}
