package dev.engram.memory.evolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A calendar date with its year, written one way: the day, the month's name and the year ("1 March
 * 2027"). "2027-03-01", "March 1, 2027", "March 1st 2027" and "the 1st of March, 2027" are that
 * date. Only dates that exist are read ("2027-02-30" is left as written), and a date without its
 * year is left to {@link Statement#parse}, which reads "March 3rd" as "3 March" already; numeric
 * dates with slashes are left alone, since "03/04/2027" is a date in March in one country and in
 * April in another.
 */
final class Dates {
  private Dates() {}

  /** The months by their English names, lower case. */
  private static final Map<String, Month> MONTHS =
      Arrays.stream(Month.values())
          .collect(
              Collectors.toUnmodifiableMap(
                  m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                  m -> m));

  private static final String MONTH =
      "(" + String.join("|", MONTHS.keySet().stream().sorted().toList()) + ")";

  /** "2027-03-01": year, month, day. */
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!-)");

  /** "March 1, 2027", "March 1st 2027": month, day, year. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b(?!-)");

  /** "1 March 2027", "the 1st of March, 2027": day, month, year. */
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b(?!-)");

  /** The text with each date that has a year written as day, month and year. */
  static String normalize(String text) {
    if (text.indexOf('-') < 0 && !hasMonth(text)) {
      return text;
    }
    String out = Numerals.replace(ISO, text, m -> written(m, 1, 2, 3));
    out = Numerals.replace(MONTH_FIRST, out, m -> written(m, 3, 1, 2));
    return Numerals.replace(DAY_FIRST, out, m -> written(m, 3, 2, 1));
  }

  private static boolean hasMonth(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return MONTHS.keySet().stream().anyMatch(lower::contains);
  }

  /** The date of the groups for its year, month (a number or a name) and day; null if none. */
  private static String written(MatchResult m, int year, int month, int day) {
    String monthText = m.group(month);
    Month name = MONTHS.get(monthText.toLowerCase(Locale.ROOT));
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(year)),
              name != null ? name.getValue() : Integer.parseInt(monthText),
              Integer.parseInt(m.group(day)));
      return date.getDayOfMonth()
          + " "
          + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " "
          + date.getYear();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
