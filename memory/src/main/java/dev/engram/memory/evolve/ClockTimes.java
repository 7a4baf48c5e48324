package dev.engram.memory.evolve;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A time of the clock in any of its English formats, written one way: the hour of a 24-hour clock,
 * "h", and the minutes ("6h30", "23h00"), one word that {@link ValueKinds} reads as a time. "6:30",
 * "half past six" and "six thirty" are "6h30"; "11 pm", "23:00", "eleven at night" and "11 o'clock
 * at night" are "23h00"; "a quarter past nine" is "9h15", "quarter to eight" "7h45", "noon" and "12
 * pm" "12h00", "midnight" and "12 am" "0h00". A time without a part of the day is taken as written
 * ("6:30" and "half past six" are one time, "18:30" another). A bare hour ("at 7") is left alone:
 * it may be anything.
 */
final class ClockTimes {
  private ClockTimes() {}

  /** An hour in words or digits. */
  private static final String HOUR =
      "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

  /** What says which half of the day a time is in. */
  private static final String PART =
      "(?:\\s*(am\\b|a\\.m\\.|pm\\b|p\\.m\\.|in the morning\\b|in the afternoon\\b"
          + "|in the evening\\b|at night\\b))?";

  /** "6:30", "17:30", "5:30 pm". */
  private static final Pattern DIGITS = Pattern.compile("(?i)\\b(\\d{1,2}):(\\d\\d)\\b" + PART);

  /** "9 am", "nine in the morning", "7 o'clock" (apostrophes are spaces by now), "9 o'clock pm". */
  private static final Pattern HOUR_AND_PART =
      Pattern.compile(
          "(?i)\\b"
              + HOUR
              + "(?:\\s*o\\s+clock\\b"
              + PART
              + "|\\s*(am\\b|a\\.m\\.|pm\\b|p\\.m\\.|in the morning\\b|in the afternoon\\b"
              + "|in the evening\\b|at night\\b))");

  /** A word before a time that says it is one: "at ten to five", "by six thirty". */
  private static final String AT = "(?:\\b(at|by|until|till|from|around|about|before|after)\\s+)?";

  /**
   * "half past six", "a quarter past nine", "quarter to eight", and after a word such as "at" (or
   * with a part of the day) "20 past 7", "ten to five": not "takes 5 to 10 minutes".
   */
  private static final Pattern PAST_OR_TO =
      Pattern.compile(
          "(?i)"
              + AT
              + "\\b(?:(?:a\\s+)?(quarter|half)|(\\d{1,2}|five|ten|twenty|twenty-five)"
              + "(?:\\s+minutes)?)\\s+(past|to)\\s+"
              + HOUR
              + "\\b(?:\\s*o\\s+clock\\b)?"
              + PART);

  /**
   * "at six thirty", "seven fifteen in the evening": an hour in words and its minutes in words,
   * after a word such as "at" or with a part of the day.
   */
  private static final Pattern WORDS =
      Pattern.compile(
          "(?i)"
              + AT
              + "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
              + "(fifteen|thirty|forty-five|twenty|forty|fifty|ten|(?:twenty|forty|fifty)-"
              + "(?:one|two|three|four|five|six|seven|eight|nine))\\b"
              + PART);

  private static final Pattern NOON = Pattern.compile("(?i)\\b(?:noon|midday)\\b");
  private static final Pattern MIDNIGHT = Pattern.compile("(?i)\\bmidnight\\b");

  /** The text with each clock time written one way. */
  static String normalize(String text) {
    String out = Numerals.replace(PAST_OR_TO, text, ClockTimes::pastOrTo);
    out =
        Numerals.replace(
            DIGITS, out, m -> time(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    out = Numerals.replace(WORDS, out, ClockTimes::words);
    out =
        Numerals.replace(
            HOUR_AND_PART,
            out,
            m -> time(m.group(1), 0, m.group(2) != null ? m.group(2) : m.group(3)));
    out = NOON.matcher(out).replaceAll("12h00");
    return MIDNIGHT.matcher(out).replaceAll("0h00");
  }

  private static String pastOrTo(MatchResult m) {
    String fraction = m.group(2);
    int minutes;
    if (fraction != null) {
      minutes = fraction.equalsIgnoreCase("half") ? 30 : 15;
    } else {
      if (m.group(1) == null && m.group(6) == null) {
        // "takes 5 to 10 minutes": no word or part of the day says it is a time
        return null;
      }
      minutes = Numerals.value(m.group(3).toLowerCase(Locale.ROOT)).intValue();
    }
    boolean to = m.group(4).equalsIgnoreCase("to");
    if (minutes >= 60 || "half".equalsIgnoreCase(fraction) && to) {
      // "half to" is no English time
      return null;
    }
    Integer hour = hour(m.group(5));
    if (hour == null || hour > 12 && m.group(6) != null) {
      return null;
    }
    if (to) {
      hour = hour == 0 ? 23 : hour - 1;
      minutes = 60 - minutes;
    }
    return prefix(m) + format(hour, minutes, m.group(6));
  }

  private static String words(MatchResult m) {
    if (m.group(1) == null && m.group(4) == null) {
      return null;
    }
    BigDecimal minutes = Numerals.value(m.group(3).toLowerCase(Locale.ROOT));
    String time = minutes == null ? null : time(m.group(2), minutes.intValue(), m.group(4));
    return time == null ? null : prefix(m) + time;
  }

  /** The word before the time as written ("at "), or nothing. */
  private static String prefix(MatchResult m) {
    return m.group(1) == null ? "" : m.group(1) + " ";
  }

  /** The time for an hour, its minutes and what says the half of the day; null if none. */
  private static String time(String hourText, int minutes, String part) {
    Integer hour = hour(hourText);
    if (hour == null || minutes > 59 || part != null && (hour == 0 || hour > 12)) {
      return null;
    }
    return format(hour, minutes, part);
  }

  private static String format(int hour, int minutes, String part) {
    int h = hour;
    if (part != null) {
      String p = part.toLowerCase(Locale.ROOT);
      boolean morning = p.startsWith("a") && !p.startsWith("at") || p.endsWith("morning");
      h = hour % 12 + (morning ? 0 : 12);
      if (p.endsWith("night") && hour < 5) {
        // "2 at night" is in the small hours
        h = hour % 12;
      }
    }
    return h + "h" + (minutes < 10 ? "0" : "") + minutes;
  }

  /** An hour 0 to 23 from digits or a word, or null. */
  private static Integer hour(String word) {
    BigDecimal h = Numerals.value(word.toLowerCase(Locale.ROOT));
    return h != null && h.intValue() <= 23 ? h.intValue() : null;
  }
}
