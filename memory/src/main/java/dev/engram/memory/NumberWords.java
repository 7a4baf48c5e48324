package dev.engram.memory;

import java.util.Map;

/**
 * Numbers written in words, as statements ("has fifteen cousins", "is thirty-four"), questions
 * ("two weeks before August 11") and relative times ("three days ago") write them.
 */
public final class NumberWords {
  private NumberWords() {}

  /**
   * A small count as a regular-expression group: "a", "an", "one" to "ten", or one or two digits
   * ({@link #count} reads what it matched).
   */
  public static final String COUNT =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** Units after a hyphenated ten: "thirty-four", "twenty-one". */
  private static final Map<String, Integer> UNITS =
      Map.of(
          "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
          "nine", 9);

  /**
   * The digits of a lower-case number written in words: "seven", "fifteen", "forty", "thirty-four";
   * null for any other word ("one" alone too: in a statement it is mostly a pronoun or an article).
   */
  public static String digits(String word) {
    Integer number = WORDS.get(word);
    if (number != null) {
      return number.toString();
    }
    int hyphen = word.indexOf('-');
    if (hyphen < 0) {
      return null;
    }
    Integer tens = WORDS.get(word.substring(0, hyphen));
    Integer unit = UNITS.get(word.substring(hyphen + 1));
    return tens == null || unit == null || tens < 20 || tens % 10 != 0
        ? null
        : String.valueOf(tens + unit);
  }

  /**
   * What {@link #COUNT} matched: "a", "an" and "one" are 1, a number word its value, else digits.
   */
  public static int count(String word) {
    if (word.equals("a") || word.equals("an") || word.equals("one")) {
      return 1;
    }
    String digits = digits(word);
    return Integer.parseInt(digits != null ? digits : word);
  }
}
