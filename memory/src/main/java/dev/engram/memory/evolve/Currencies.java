package dev.engram.memory.evolve;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An amount of money, written one way: the number in digits, a space, and the ISO 4217 code of its
 * currency in lower case (a word of its own, not a name). "€1475", "1475 euros", "EUR 1475" and
 * "1475 EUR" are "1475 eur"; "£58,000", "58k pounds", "58 thousand pounds" are "58000 gbp"; "$20",
 * "20 dollars" and "twenty bucks" are "20 usd". Codes are the JDK's ({@link Currency}); the names
 * in words and the symbols are a small table of the common ones: a "$" is read as US dollars,
 * "pounds" as pounds sterling.
 */
final class Currencies {
  private Currencies() {}

  /** Names of a currency in words, by its code. */
  private static final Map<String, String> NAMES = names();

  /** Symbols written before an amount, by code. */
  private static final Map<String, String> SYMBOLS =
      Map.of("€", "EUR", "£", "GBP", "$", "USD", "¥", "JPY", "₹", "INR");

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    name(names, "EUR", "euro euros");
    name(names, "GBP", "pound pounds quid sterling");
    name(names, "USD", "dollar dollars buck bucks");
    name(names, "JPY", "yen");
    name(names, "CHF", "franc francs");
    name(names, "INR", "rupee rupees");
    return Map.copyOf(names);
  }

  private static void name(Map<String, String> names, String code, String words) {
    for (String w : words.split(" ")) {
      names.put(w, code);
    }
  }

  private static final String AMOUNT = "(\\d+(?:\\.\\d+)?)(?:\\s*(k|thousand|m|million)\\b)?";

  /** A symbol, then an amount: "€1475", "£58k", "$ 20". */
  private static final Pattern SYMBOL_FIRST =
      Pattern.compile("([€£$¥₹])\\s?" + AMOUNT + "(?:\\s+(?:euros?|pounds?|dollars?))?");

  /** A code, then an amount: "EUR 1475". */
  private static final Pattern CODE_FIRST = Pattern.compile("\\b([A-Z]{3})\\s?" + AMOUNT);

  /**
   * An amount in digits or a word, then a code or a name: "1475 EUR", "58k pounds", "twenty bucks".
   */
  private static final Pattern NAME_AFTER =
      Pattern.compile(
          "(?i)\\b(\\d+(?:\\.\\d+)?|"
              + Numerals.WORD
              + ")(?:\\s*(k|thousand|m|million)\\b)?\\s*(\\p{L}+)\\b");

  /** The text with each amount of money written one way. */
  static String normalize(String text) {
    String out =
        Numerals.replace(
            SYMBOL_FIRST, text, m -> money(m.group(2), m.group(3), SYMBOLS.get(m.group(1))));
    out = Numerals.replace(CODE_FIRST, out, m -> money(m.group(2), m.group(3), code(m.group(1))));
    return Numerals.replace(NAME_AFTER, out, m -> money(m.group(1), m.group(2), name(m.group(3))));
  }

  /** A currency code the JDK knows, or null ("ABC", "NYC"). */
  private static String code(String word) {
    try {
      return Currency.getInstance(word).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The code of a currency named in words or by its code, or null. */
  private static String name(String word) {
    String code = NAMES.get(word.toLowerCase(Locale.ROOT));
    if (code != null) {
      return code;
    }
    return word.length() == 3 && word.equals(word.toUpperCase(Locale.ROOT)) ? code(word) : null;
  }

  private static String money(String number, String multiplier, String code) {
    if (code == null) {
      return null;
    }
    BigDecimal n = Numerals.value(number.toLowerCase(Locale.ROOT));
    if (n == null) {
      return null;
    }
    if (multiplier != null) {
      String m = multiplier.toLowerCase(Locale.ROOT);
      n =
          n.multiply(
              BigDecimal.valueOf(m.startsWith("k") || m.startsWith("t") ? 1_000 : 1_000_000));
    }
    return Numerals.plain(n) + " " + code.toLowerCase(Locale.ROOT);
  }
}
