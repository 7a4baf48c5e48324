package dev.engram.memory.evolve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose fact a statement states, read from its possessor chain: "User's sister lives in Swansea" is
 * the sister's, "User moved into a house in Newport" the user's own. A relative's home, job or
 * status is not the subject's, so a change the subject tells of itself does not replace it, nor the
 * other way round ("two homes, not a move").
 */
final class Possessors {
  private Possessors() {}

  /** An opening possessive: "User's", "The user's", "Caroline's", then up to three words. */
  private static final Pattern OPENING =
      Pattern.compile(
          "^\\s*(?:the\\s+)?\\p{L}[\\p{L}-]*['’]s\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?(?:\\s+([\\p{L}-]+))?",
          Pattern.CASE_INSENSITIVE);

  /** Whether a statement opens with a possessive and a word after it: "Customer's billing …". */
  static boolean opens(String text) {
    return OPENING.matcher(text).find();
  }

  /**
   * The relation noun the statement is about after its opening possessive, canonical ("sister" of
   * "User's older sister …"), or null when it opens otherwise or the possessed is not a person
   * ("User's car …").
   */
  static String relative(String text) {
    Matcher m = OPENING.matcher(text);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      String w = m.group(g);
      if (w == null) {
        return null;
      }
      String canonical = Lexicon.canonical(w.toLowerCase(Locale.ROOT));
      if (ValueKinds.person(canonical)) {
        return canonical;
      }
    }
    return null;
  }

  /**
   * Whether exactly one of the two statements is about a relative of the subject, and the other is
   * about the subject itself and does not name that relative at all: "User's sister lives in
   * Swansea" / "User moved to Newport" are about two people. A statement that names the relative
   * elsewhere ("User visited their sister in Newport") is left to the other rules.
   */
  static boolean otherPerson(
      String existingText, Statement existing, String incomingText, Statement incoming) {
    String a = relative(existingText);
    String b = relative(incomingText);
    if ((a == null) == (b == null)) {
      return false;
    }
    // the other side is the subject's own: it opens with no possessive ("The user's boy …" is
    // someone's too), and names no one the relative's side names ("Leo, the user's boy")
    String own = a != null ? incomingText : existingText;
    Statement ownStatement = a != null ? incoming : existing;
    Statement relativeStatement = a != null ? existing : incoming;
    return !OPENING.matcher(own).find()
        && !ownStatement.content().contains(a != null ? a : b)
        && relativeStatement.names().stream().noneMatch(ownStatement.content()::contains);
  }
}
