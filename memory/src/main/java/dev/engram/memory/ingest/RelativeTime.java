package dev.engram.memory.ingest;

import dev.engram.memory.NumberWords;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a statement speaks of, from the time it was said: "yesterday", "last week", "three days
 * ago", "next month", "last Saturday" are resolved against the message's time (UTC); a statement
 * without such words speaks of the time it was said. Stored as the memory's {@code valid_from}, so
 * that what happened is placed in time by the conversation, not by when it was ingested. A future
 * reference ("next week") gives the time said: a plan is true from when it is made, and a memory
 * must never become valid after the time a later fact may supersede it.
 */
final class RelativeTime {
  private RelativeTime() {}

  private static final Pattern AGO =
      Pattern.compile("\\b" + NumberWords.COUNT + " (day|week|month|year)s? ago\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(yesterday|tomorrow|last night|tonight|(?:last|next|this) (?:week|weekend|month|year"
              + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

  /** When the statement became true, said at {@code said}: never after {@code said}. */
  static Instant of(String statement, Instant said) {
    Instant resolved = resolve(statement, said);
    return resolved.isAfter(said) ? said : resolved;
  }

  /** The time the statement refers to, past or future. */
  static Instant resolve(String statement, Instant said) {
    String text = statement.toLowerCase(Locale.ROOT);
    ZonedDateTime at = said.atZone(ZoneOffset.UTC);
    Matcher ago = AGO.matcher(text);
    if (ago.find()) {
      int n = NumberWords.count(ago.group(1));
      ChronoUnit unit = ChronoUnit.valueOf(ago.group(2).toUpperCase(Locale.ROOT) + "S");
      return at.minus(n, unit).toInstant();
    }
    Matcher m = RELATIVE.matcher(text);
    if (!m.find()) {
      return said;
    }
    String phrase = m.group(1);
    return switch (phrase) {
      case "yesterday", "last night" -> at.minusDays(1).toInstant();
      case "tomorrow" -> at.plusDays(1).toInstant();
      case "tonight", "this week", "this month", "this year", "this weekend" -> said;
      case "last week", "last weekend" -> at.minusWeeks(1).toInstant();
      case "next week", "next weekend" -> at.plusWeeks(1).toInstant();
      case "last month" -> at.minusMonths(1).toInstant();
      case "next month" -> at.plusMonths(1).toInstant();
      case "last year" -> at.minusYears(1).toInstant();
      case "next year" -> at.plusYears(1).toInstant();
      default -> weekday(phrase, at).toInstant();
    };
  }

  private static ZonedDateTime weekday(String phrase, ZonedDateTime at) {
    String[] words = phrase.split(" ");
    DayOfWeek day = DayOfWeek.valueOf(words[1].toUpperCase(Locale.ROOT));
    return switch (words[0]) {
      case "last" -> at.with(TemporalAdjusters.previous(day));
      case "next" -> at.with(TemporalAdjusters.next(day));
      default -> at.with(TemporalAdjusters.nextOrSame(day));
    };
  }
}
