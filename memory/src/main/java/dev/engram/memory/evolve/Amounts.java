package dev.engram.memory.evolve;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An amount with its unit, written one way: the number in digits, a space, one name for the unit.
 * "2 km", "2km", "2 kilometres" and "2 kilometers" are "2 km"; "45 min" and "45 minutes" are "45
 * minutes". Only names of one unit are made one: kilograms are not converted to pounds, nor miles
 * to kilometres. A span of hours and minutes is counted in minutes and written in whole hours when
 * it is some: "90 minutes", "1.5 hours" and "an hour and a half" are "90 minutes", "three quarters
 * of an hour" is "45 minutes", "120 minutes" and "2 hours" are "2 hours". Numbers in words are
 * digits by now ({@link Numerals}), except single words, read here.
 */
final class Amounts {
  private Amounts() {}

  /** Names of a unit, by the one name it is written with (the table of units kept one). */
  private static final Map<String, String> UNITS = units();

  private static Map<String, String> units() {
    Map<String, String> names = new LinkedHashMap<>();
    alias(names, "km", "km kms kilometre kilometres kilometer kilometers");
    alias(names, "metres", "metre metres meter meters");
    alias(names, "cm", "cm centimetre centimetres centimeter centimeters");
    alias(names, "miles", "mile miles mi");
    alias(names, "kg", "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes");
    alias(names, "lb", "lb lbs");
    alias(names, "grams", "g gram grams gramme grammes");
    alias(names, "mg", "mg milligram milligrams milligramme milligrammes");
    alias(names, "ml", "ml millilitre millilitres milliliter milliliters");
    alias(names, "litres", "litre litres liter liters");
    alias(names, "minutes", "min mins minute minutes");
    alias(names, "hours", "h hr hrs hour hours");
    return Map.copyOf(names);
  }

  /** Whether the word names a unit of the table ("kilometre", "mins"). */
  static boolean isUnit(String word) {
    return UNITS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  private static void alias(Map<String, String> names, String unit, String words) {
    for (String w : words.split(" ")) {
      names.put(w, unit);
    }
  }

  private static final String NUMBER =
      "(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|fifteen|twenty|thirty|forty|fifty|sixty|ninety)";

  /** A number, then a unit's name: "2 km", "2km", "2-km", "45 mins", "an hour". */
  private static final Pattern AMOUNT =
      Pattern.compile("(?i)\\b" + NUMBER + "(?:\\s*|-)(\\p{L}+)\\b(?!-)");

  /** A span told by fractions of an hour. */
  private static final Pattern FRACTIONS =
      Pattern.compile(
          "(?i)\\b(?:(three\\s+quarters|a\\s+quarter|half)\\s+(?:of\\s+)?an\\s+hour"
              + "|(an|one|\\d+)\\s+hours?\\s+and\\s+a\\s+(half|quarter)"
              + "|(\\d+)\\s+and\\s+a\\s+half\\s+hours)\\b");

  /** The text with each amount's unit written one way. */
  static String normalize(String text) {
    String out = Numerals.replace(FRACTIONS, text, Amounts::fraction);
    return Numerals.replace(AMOUNT, out, Amounts::amount);
  }

  private static String fraction(MatchResult m) {
    BigDecimal hours;
    if (m.group(1) != null) {
      String f = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      hours = new BigDecimal(f.equals("half") ? "0.5" : f.startsWith("three") ? "0.75" : "0.25");
    } else if (m.group(2) != null) {
      hours =
          Numerals.value(m.group(2).toLowerCase(Locale.ROOT))
              .add(new BigDecimal(m.group(3).equalsIgnoreCase("half") ? "0.5" : "0.25"));
    } else {
      hours = new BigDecimal(m.group(4)).add(new BigDecimal("0.5"));
    }
    return span(hours.multiply(BigDecimal.valueOf(60)));
  }

  private static String amount(MatchResult m) {
    String unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (unit == null) {
      return null;
    }
    String number = m.group(1).toLowerCase(Locale.ROOT);
    boolean digits = Character.isDigit(number.charAt(0));
    if (!digits && !unit.equals("hours") && !unit.equals("minutes")) {
      // "a km", "one kilo": counted in words only for spans of time here
      return null;
    }
    if (!digits && (number.equals("a") || number.equals("an"))) {
      // "an hour" may be a rate ("20 dollars an hour"): only "one hour" is counted
      return null;
    }
    if (m.group(2).length() == 1 && !digits) {
      return null;
    }
    BigDecimal n = Numerals.value(number);
    if (n == null) {
      return null;
    }
    if (unit.equals("hours")) {
      return span(n.multiply(BigDecimal.valueOf(60)));
    }
    if (unit.equals("minutes")) {
      return span(n);
    }
    return Numerals.plain(n) + " " + unit;
  }

  /** A span of minutes, in whole hours when it is some: "90 minutes", "2 hours", "1 hour". */
  private static String span(BigDecimal minutes) {
    BigDecimal[] hours = minutes.divideAndRemainder(BigDecimal.valueOf(60));
    if (hours[1].signum() == 0 && hours[0].signum() > 0) {
      String h = Numerals.plain(hours[0]);
      return h + (h.equals("1") ? " hour" : " hours");
    }
    return Numerals.plain(minutes) + " minutes";
  }
}
