package dev.engram.memory.evolve;

import dev.engram.memory.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms and the words they abbreviate, read from the two statements themselves, not from a
 * table: an acronym's letters are the initials of a run of words of the other statement, and a
 * number after its letters is the number after that run. "LSE" abbreviates "London School of
 * Economics" (the joining "of" has no letter), "T2" "type 2", "PS5" "PlayStation 5" (a word written
 * in two capitalized parts gives both initials), "F1" "Formula One".
 */
final class Acronyms {
  private Acronyms() {}

  /**
   * An acronym as written: one to five capitals (two at least when no number follows), then at most
   * two digits.
   */
  private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}{1,5})(\\d{0,2})");

  /** Words an acronym may pass over without a letter of its own. */
  private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "&", "de", "in");

  /** A word's parts where a capital follows a lower-case letter: "PlayStation" → Play, Station. */
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /** Whether a word as written has the form of an acronym ("LSE", "T2", "PS5"; not "Tom", "A"). */
  static boolean acronym(String word) {
    Matcher m = ACRONYM.matcher(word);
    return m.matches() && (m.group(1).length() >= 2 || !m.group(2).isEmpty());
  }

  /**
   * The positions in {@code words} (a statement's words as written, in order) of the run of words
   * that {@code acronym} abbreviates, or empty when no run does. The run is at least two words, or
   * one word written in two capitalized parts ("PlayStation" for "PS").
   */
  static Optional<List<Integer>> expansion(String acronym, List<String> words) {
    Matcher m = ACRONYM.matcher(acronym);
    if (!acronym(acronym) || !m.matches()) {
      return Optional.empty();
    }
    String letters = m.group(1).toLowerCase(Locale.ROOT);
    String digits = m.group(2);
    for (int start = 0; start < words.size(); start++) {
      List<Integer> used = new ArrayList<>();
      if (initials(letters, 0, words, start, used, digits)) {
        return Optional.of(List.copyOf(used));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the letters from {@code at} on are the initials of the words from {@code index} on,
   * followed by the number {@code digits} when there is one; {@code used} collects the positions.
   */
  private static boolean initials(
      String letters, int at, List<String> words, int index, List<Integer> used, String digits) {
    if (at == letters.length()) {
      if (digits.isEmpty()) {
        return enough(used, words);
      }
      if (index < words.size() && number(words.get(index), digits)) {
        used.add(index);
        return true;
      }
      return false;
    }
    if (index >= words.size()) {
      return false;
    }
    String word = words.get(index);
    if (JOINING.contains(word.toLowerCase(Locale.ROOT))) {
      // "School of Economics": "of" goes without a letter, and gives none ("the 2" is no "T2")
      return at > 0 && initials(letters, at, words, index + 1, used, digits);
    }
    for (String initialsOfWord : initialsOf(word)) {
      if (letters.startsWith(initialsOfWord, at)) {
        int mark = used.size();
        used.add(index);
        if (initials(letters, at + initialsOfWord.length(), words, index + 1, used, digits)) {
          return true;
        }
        trim(used, mark);
      }
    }
    return false;
  }

  /** The letters a word may give an acronym: its first, or the first of each capitalized part. */
  private static List<String> initialsOf(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return List.of();
    }
    String first = word.substring(0, 1).toLowerCase(Locale.ROOT);
    String[] parts = CAMEL.split(word);
    if (parts.length < 2) {
      return List.of(first);
    }
    StringBuilder all = new StringBuilder();
    for (String part : parts) {
      all.append(Character.toLowerCase(part.charAt(0)));
    }
    return List.of(all.toString(), first);
  }

  /** Whether an acronym without a number spans two words or a word of two capitalized parts. */
  private static boolean enough(List<Integer> used, List<String> words) {
    return used.size() >= 2 || used.size() == 1 && CAMEL.split(words.get(used.get(0))).length >= 2;
  }

  /** Whether a word as written is the number: "2", "two", "One". */
  private static boolean number(String word, String digits) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals(digits)
        || digits.equals(NumberWords.digits(w))
        || w.equals("one") && digits.equals("1");
  }

  private static void trim(List<Integer> used, int size) {
    while (used.size() > size) {
      used.remove(used.size() - 1);
    }
  }
}
