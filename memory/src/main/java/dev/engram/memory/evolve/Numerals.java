package dev.engram.memory.evolve;

import dev.engram.memory.NumberWords;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words or with separators, brought to plain digits: "1,475" is "1475", "fifty
 * eight thousand" and "58 thousand" are "58000", "a couple of" is "2", "half a dozen" "6", a number
 * joined to a unit ("two-kilometre") is the number and the unit ("2 kilometre"), to another noun it
 * stays one modifier in digits ("three-bedroom": "3-bedroom"), and an ordinal in words ("fourth",
 * "twenty-first") is written in digits ("4th", "21st"). A single number word ("nine") is left as
 * written: {@link Statement#parse} reads it, and "one" is mostly a pronoun. "first" is left too (a
 * function word: "at first"), and "second" or "third" after "a" or "another" (an additive marker:
 * "a second dog").
 */
final class Numerals {
  private Numerals() {}

  /** A cardinal in words, up to the tens with a unit ("seventy-five"). */
  static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";

  private static final String SCALE = "(?:hundred|thousand|million|billion)";

  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** Digits grouped by thousands with commas: "1,475", "10,000". */
  private static final Pattern GROUPED = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");

  /** A run of number words or digits that may hold a scale word ("one thousand four hundred"). */
  private static final Pattern RUN =
      Pattern.compile(
          "(?i)\\b(?:an?|\\d+(?:\\.\\d+)?|"
              + WORD
              + ")(?:(?:\\s+and)?\\s+(?:"
              + WORD
              + "|"
              + SCALE
              + "))*\\b");

  /** A number joined by a hyphen to the noun it counts: "two-kilometre", "10-minute". */
  private static final Pattern JOINED =
      Pattern.compile("(?i)\\b(" + WORD + "|\\d+(?:\\.\\d+)?)-(\\p{L}+(?:-\\p{L}+)*)\\b");

  private static final Pattern COUPLE = Pattern.compile("(?i)\\ba\\s+couple\\s+of\\b");
  private static final Pattern HALF_DOZEN = Pattern.compile("(?i)\\bhalf\\s+a\\s+dozen\\b");

  /** An ordinal in words; "first" alone is not taken (see the class comment). */
  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?i)(?<![\\p{L}-])(?:(an?|another)\\s+)?"
              + "((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
              + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
              + "|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
              + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
              + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
              + "(?![\\p{L}-])");

  private static final Map<String, Integer> IRREGULAR_ORDINALS =
      Map.of(
          "first", 1, "second", 2, "third", 3, "fifth", 5, "eighth", 8, "ninth", 9, "twelfth", 12);

  /** The text with its numbers in digits. */
  static String normalize(String text) {
    String out = GROUPED.matcher(text).replaceAll(m -> m.group().replace(",", ""));
    out = HALF_DOZEN.matcher(out).replaceAll("6");
    out = COUPLE.matcher(out).replaceAll("2");
    out = replace(RUN, out, Numerals::scaled);
    out = replace(ORDINAL, out, Numerals::ordinal);
    return replace(JOINED, out, Numerals::joined);
  }

  /** A run holding a scale word, as digits ("a thousand" is "1000"); null for any other run. */
  private static String scaled(MatchResult m) {
    String[] words = m.group().toLowerCase(Locale.ROOT).split("\\s+");
    boolean scale = false;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    for (String w : words) {
      Long factor = SCALES.get(w);
      if (factor != null) {
        scale = true;
        BigDecimal counted = current.signum() == 0 ? BigDecimal.ONE : current;
        if (factor == 100L) {
          current = counted.multiply(BigDecimal.valueOf(100));
        } else {
          total = total.add(counted.multiply(BigDecimal.valueOf(factor)));
          current = BigDecimal.ZERO;
        }
      } else if (!w.equals("and")) {
        BigDecimal value = value(w);
        if (value == null) {
          return null;
        }
        current = current.add(value);
      }
    }
    return scale ? plain(total.add(current)) : null;
  }

  /**
   * "two-kilometre" as "2 kilometre", "three-bedroom" as "3-bedroom"; null when the noun is itself
   * a number ("twenty-one").
   */
  private static String joined(MatchResult m) {
    String number = m.group(1).toLowerCase(Locale.ROOT);
    String noun = m.group(2);
    if (number.equals("one") || value(noun.toLowerCase(Locale.ROOT)) != null) {
      // "one-way", "one-off": not a count
      return null;
    }
    BigDecimal value = value(number);
    if (value == null) {
      return null;
    }
    // a unit makes an amount ("two-kilometre swim": 2 kilometre); any other noun stays one
    // modifier with its number in digits ("three-bedroom flat": a kind of flat, 3-bedroom)
    return Amounts.isUnit(noun)
        ? plain(value) + " " + noun.replace('-', ' ')
        : plain(value) + "-" + noun;
  }

  /** "fourth" as "4th", "twenty-first" as "21st"; null after "a" or "another" ("a second dog"). */
  private static String ordinal(MatchResult m) {
    if (m.group(1) != null) {
      return null;
    }
    Integer n = ordinalValue(m.group(2).toLowerCase(Locale.ROOT));
    return n == null ? null : n + suffix(n);
  }

  /** The number an ordinal word says ("fourth": 4, "twenty-first": 21), or null. */
  static Integer ordinalValue(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen > 0) {
      String tens = NumberWords.digits(word.substring(0, hyphen));
      Integer unit = ordinalValue(word.substring(hyphen + 1));
      return tens == null || unit == null || unit > 9 ? null : Integer.parseInt(tens) + unit;
    }
    Integer irregular = IRREGULAR_ORDINALS.get(word);
    if (irregular != null) {
      return irregular;
    }
    String cardinal =
        word.endsWith("ieth")
            ? word.substring(0, word.length() - 4) + "y"
            : word.endsWith("th") ? word.substring(0, word.length() - 2) : null;
    String digits = cardinal == null ? null : NumberWords.digits(cardinal);
    return digits == null ? null : Integer.valueOf(digits);
  }

  /** The English suffix of an ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 21st. */
  static String suffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** A number word or digits as a number: "one" is 1, "a" and "an" 1, "zero" 0; else null. */
  static BigDecimal value(String word) {
    if (word.equals("a") || word.equals("an") || word.equals("one")) {
      return BigDecimal.ONE;
    }
    if (word.equals("zero")) {
      return BigDecimal.ZERO;
    }
    if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
      try {
        return new BigDecimal(word);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    String digits = NumberWords.digits(word);
    return digits == null ? null : new BigDecimal(digits);
  }

  /** A number in plain digits, without trailing zeros after a point: "1500", "2.5". */
  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  /** Replaces each match by what {@code f} gives, or leaves it when {@code f} gives null. */
  static String replace(Pattern pattern, String text, Function<MatchResult, String> f) {
    return pattern
        .matcher(text)
        .replaceAll(
            m -> Matcher.quoteReplacement(Objects.requireNonNullElse(f.apply(m), m.group())));
  }
}
