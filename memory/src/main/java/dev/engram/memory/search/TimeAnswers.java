package dev.engram.memory.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Questions that ask when, and memories that say when ({@code engram.scoring.when-weight}).
 *
 * <p>A question asks when when it opens with "When", "What time / date / day / week / month /
 * year", "Which day / week / month / year", "In which / what year / month" or "How long ago". A
 * memory's content says when when it holds a time phrase: a relative one ("yesterday", "tonight",
 * "last week", "next month", "this summer", "three days ago", "a few weeks ago", "last Friday", "on
 * Saturday", "recently", "just": a thing just done happened when it was said), a month name (other
 * than "May", a verb as often as a month), a year ("2023"), or a day of the month ("the 15th").
 * Such a memory can answer "When did Caroline go to the pride festival?" ("We had a blast last year
 * at the Pride fest"), where a turn of the same topic that names no time cannot. Both tests are a
 * pattern over the lower-cased text: no store or index query.
 */
final class TimeAnswers {
  private TimeAnswers() {}

  private static final String WEEKDAY =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String SEASON = "(?:spring|summer|autumn|fall|winter)";

  private static final Pattern ASKS =
      Pattern.compile(
          "^(?:when\\b|what (?:time|date|day|week|month|year)\\b|which (?:day|week|month|year)\\b"
              + "|in (?:which|what) (?:year|month)\\b|how long ago\\b)");

  private static final Pattern SAYS =
      Pattern.compile(
          "\\b(?:yesterday|today|tonight|tomorrow|recently|just|last night"
              + "|this (?:morning|afternoon|evening|week|weekend|month|year|"
              + SEASON
              + ")"
              + "|(?:last|next|past) (?:week|weekend|month|year|few (?:days|weeks|months|years)|"
              + SEASON
              + "|"
              + WEEKDAY
              + ")"
              + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d{1,2})"
              + " (?:days?|weeks?|months?|years?) ago"
              + "|(?:on|since|every) "
              + WEEKDAY
              + "|january|february|march|april|june|july|august|september|october|november|december"
              + "|(?:19|20)\\d\\d"
              + "|the \\d{1,2}(?:st|nd|rd|th))\\b");

  /** Whether the query asks when something happened or happens. */
  static boolean asksWhen(String query) {
    return ASKS.matcher(query.strip().toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether the text holds a time phrase (a relative time, a month, a year, a day of the month).
   */
  static boolean saysWhen(String text) {
    return text != null && SAYS.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
