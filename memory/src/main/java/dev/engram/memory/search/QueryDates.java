package dev.engram.memory.search;

import dev.engram.memory.NumberWords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a query names, as a window of days to match memories' {@code valid_from} against:
 *
 * <ul>
 *   <li>a date: "on May 3, 2023", "3 June, 2023", "October 13" (a day; without a year, that day of
 *       any year);
 *   <li>a month: "in July 2023", "in November" (without a year, that month of any year); a year:
 *       "in 2023";
 *   <li>a season, as the meteorological seasons of the northern hemisphere: "in summer 2021", "the
 *       spring of 2022" (March–May, June–August, September–November; winter is December and the two
 *       months after it), "during the summer" (without a year, that season of any year);
 *   <li>a time before a date: "the week before August 3, 2023", "last weekend before April 10",
 *       "two weeks before August 11, 2023", "the day before …";
 *   <li>a range: "between August 11 and August 15 2023";
 *   <li>a time relative to now (the search's clock): "yesterday", "last week", "last weekend",
 *       "last month", "last year", "three days ago".
 * </ul>
 *
 * Anything else (including "When did …", which asks for a time rather than naming one) names no
 * window. The first expression found wins.
 */
final class QueryDates {
  private QueryDates() {}

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /** "May 3, 2023", "May 3rd 2023", "May 3". */
  private static final String MONTH_DAY = MONTH + "\\.? " + DAY + "\\b(?:,? " + YEAR + "\\b)?";

  /** "3 June, 2023", "3rd of June 2023", "3 June". */
  private static final String DAY_MONTH =
      "\\b" + DAY + " (?:of )?" + MONTH + "\\b(?:,? " + YEAR + "\\b)?";

  private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH_DAY + "|" + DAY_MONTH + ")");
  private static final Pattern BETWEEN = Pattern.compile("\\bbetween (.+?) and (.+?)(?:[?.!,]|$)");
  private static final Pattern BEFORE =
      Pattern.compile(
          "\\b(?:(?:the|last) )?(?:"
              + NumberWords.COUNT
              + " )?(day|week|weekend|month)s? before\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern MONTH_ALONE =
      Pattern.compile("\\b(?:in|during|of|since|early|late|mid|mid-) " + MONTH + "\\b");
  private static final Pattern YEAR_ALONE =
      Pattern.compile("\\b(?:in|during|of|since|throughout) " + YEAR + "\\b");
  private static final Pattern SEASON_YEAR =
      Pattern.compile("\\b(spring|summer|autumn|fall|winter),? (?:of )?" + YEAR + "\\b");
  private static final Pattern SEASON_ALONE =
      Pattern.compile("\\b(?:in|during|over|since) (?:the )?(spring|summer|autumn|fall|winter)\\b");
  private static final Pattern AGO =
      Pattern.compile("\\b" + NumberWords.COUNT + " (day|week|month|year)s? ago\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(yesterday|last night|(?:last|this) (?:week|weekend|month|year))\\b(?! before)");

  /** The window the query names, judged at {@code now}; empty when it names none. */
  static Optional<DateWindow> of(String query, Instant now) {
    String text = query.toLowerCase(Locale.ROOT);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    Matcher between = BETWEEN.matcher(text);
    if (between.find()) {
      Optional<DateWindow> range = range(between.group(1), between.group(2));
      if (range.isPresent()) {
        return range;
      }
    }
    Matcher before = BEFORE.matcher(text);
    if (before.find()) {
      Matcher anchor = DATE.matcher(text);
      if (anchor.find(before.end())) {
        return Optional.of(
            beforeDate(
                before.group(1) == null ? 1 : NumberWords.count(before.group(1)),
                before.group(2),
                date(anchor)));
      }
    }
    Matcher date = DATE.matcher(text);
    if (date.find()) {
      return Optional.of(date(date));
    }
    Matcher monthYear = MONTH_YEAR.matcher(text);
    if (monthYear.find()) {
      LocalDate first =
          LocalDate.of(Integer.parseInt(monthYear.group(2)), month(monthYear.group(1)), 1);
      return Optional.of(
          DateWindow.days(first, first.with(TemporalAdjusters.lastDayOfMonth()), false));
    }
    Matcher monthAlone = MONTH_ALONE.matcher(text);
    if (monthAlone.find()) {
      LocalDate first = LocalDate.of(2000, month(monthAlone.group(1)), 1);
      return Optional.of(
          DateWindow.days(first, first.with(TemporalAdjusters.lastDayOfMonth()), true));
    }
    Matcher seasonYear = SEASON_YEAR.matcher(text);
    if (seasonYear.find()) {
      return Optional.of(season(seasonYear.group(1), Integer.parseInt(seasonYear.group(2)), false));
    }
    Matcher seasonAlone = SEASON_ALONE.matcher(text);
    if (seasonAlone.find()) {
      return Optional.of(season(seasonAlone.group(1), 2000, true));
    }
    Matcher year = YEAR_ALONE.matcher(text);
    if (year.find()) {
      Year y = Year.of(Integer.parseInt(year.group(1)));
      return Optional.of(DateWindow.days(y.atDay(1), y.atMonth(12).atEndOfMonth(), false));
    }
    Matcher ago = AGO.matcher(text);
    if (ago.find()) {
      int n = NumberWords.count(ago.group(1));
      LocalDate at =
          switch (ago.group(2)) {
            case "day" -> today.minusDays(n);
            case "week" -> today.minusWeeks(n);
            case "month" -> today.minusMonths(n);
            default -> today.minusYears(n);
          };
      // "three weeks ago" is rarely exact: half a unit either way
      long slack =
          switch (ago.group(2)) {
            case "day" -> 1;
            case "week" -> 4;
            case "month" -> 15;
            default -> 183;
          };
      return Optional.of(DateWindow.days(at.minusDays(slack), at.plusDays(slack), false));
    }
    Matcher relative = RELATIVE.matcher(text);
    if (relative.find()) {
      return Optional.of(relative(relative.group(1), today));
    }
    return Optional.empty();
  }

  private static DateWindow relative(String phrase, LocalDate today) {
    return switch (phrase) {
      case "yesterday", "last night" -> DateWindow.days(today.minusDays(1), today, false);
      case "last week" -> DateWindow.days(today.minusDays(13), today.minusDays(1), false);
      case "last weekend" -> DateWindow.days(today.minusDays(9), today.minusDays(1), false);
      case "this week", "this weekend" -> DateWindow.days(today.minusDays(6), today, false);
      case "last month" -> {
        LocalDate first = today.minusMonths(1).withDayOfMonth(1);
        yield DateWindow.days(first, today, false);
      }
      case "this month" -> DateWindow.days(today.withDayOfMonth(1), today, false);
      case "last year" -> {
        LocalDate first = today.minusYears(1).withDayOfYear(1);
        yield DateWindow.days(first, today, false);
      }
      default -> DateWindow.days(today.withDayOfYear(1), today, false);
    };
  }

  /**
   * "the week before D": the seven days before D; "N weeks before D": the week around D − N weeks;
   * "the weekend before D": the nine days before D (the weekend and the days to D's week).
   */
  private static DateWindow beforeDate(int n, String unit, DateWindow anchor) {
    LocalDate d = anchor.from();
    return switch (unit) {
      case "day" -> anchor.shifted(-n, -n);
      case "weekend" -> anchor.shifted(-9 - 7L * (n - 1), -1 - 7L * (n - 1));
      case "week" -> n == 1 ? anchor.shifted(-8, -1) : anchor.shifted(-7L * n - 4, -7L * n + 4);
      default ->
          DateWindow.days(
                  d.minusMonths(n).withDayOfMonth(1), d.minusMonths(n - 1L).minusDays(1), false)
              .withAnyYear(anchor.anyYear());
    };
  }

  private static Optional<DateWindow> range(String first, String second) {
    Matcher to = DATE.matcher(second);
    if (!to.find()) {
      return Optional.empty();
    }
    DateWindow end = date(to);
    Matcher from = DATE.matcher(first);
    if (from.find()) {
      DateWindow start = date(from);
      LocalDate startDay =
          start.anyYear() && !end.anyYear()
              ? start.from().withYear(end.from().getYear())
              : start.from();
      if (!startDay.isAfter(end.to())) {
        return Optional.of(DateWindow.days(startDay, end.to(), end.anyYear()));
      }
    }
    // "between the 11th and August 15"
    Matcher day = Pattern.compile("^(?:the )?" + DAY + "$").matcher(first.trim());
    if (day.find()) {
      int d = Integer.parseInt(day.group(1));
      if (d >= 1 && d <= end.to().getDayOfMonth()) {
        return Optional.of(DateWindow.days(end.to().withDayOfMonth(d), end.to(), end.anyYear()));
      }
    }
    return Optional.empty();
  }

  /** The day a {@link #DATE} match names (of any year when it names none). */
  private static DateWindow date(Matcher m) {
    boolean monthFirst = m.group(1) != null;
    Month month = month(monthFirst ? m.group(1) : m.group(5));
    int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
    String year = monthFirst ? m.group(3) : m.group(6);
    int dayOfMonth = Math.clamp(day, 1, month.maxLength());
    LocalDate at =
        year == null
            ? MonthDay.of(month, dayOfMonth).atYear(2000)
            : LocalDate.of(
                Integer.parseInt(year),
                month,
                Math.min(dayOfMonth, month.length(Year.isLeap(Integer.parseInt(year)))));
    return DateWindow.days(at, at, year == null);
  }

  /** The three months of a season of {@code year}; winter runs from December into the next year. */
  private static DateWindow season(String name, int year, boolean anyYear) {
    Month first =
        switch (name) {
          case "spring" -> Month.MARCH;
          case "summer" -> Month.JUNE;
          case "autumn", "fall" -> Month.SEPTEMBER;
          default -> Month.DECEMBER;
        };
    LocalDate start = LocalDate.of(year, first, 1);
    return DateWindow.days(
        start, start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()), anyYear);
  }

  private static Month month(String word) {
    String w = word.length() > 3 ? word.substring(0, 3) : word;
    return switch (w) {
      case "jan" -> Month.JANUARY;
      case "feb" -> Month.FEBRUARY;
      case "mar" -> Month.MARCH;
      case "apr" -> Month.APRIL;
      case "may" -> Month.MAY;
      case "jun" -> Month.JUNE;
      case "jul" -> Month.JULY;
      case "aug" -> Month.AUGUST;
      case "sep" -> Month.SEPTEMBER;
      case "oct" -> Month.OCTOBER;
      case "nov" -> Month.NOVEMBER;
      default -> Month.DECEMBER;
    };
  }
}
