package dev.engram.memory.evolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One word left over after {@link Paraphrases} matched every other word of two statements: it may
 * still say nothing the other statement does not, when the other statement's own words define it.
 *
 * <ul>
 *   <li>A word left on one side only is covered when a short WordNet definition (first two senses,
 *       clauses of at most {@value #CLAUSE_WORDS} content words) of a word of the other side spells
 *       it: "User's rent is 1200 euros a month" / "User pays 1200 euros in rent every month"
 *       ("rent": "a payment … made by the lessee to an owner …").
 *   <li>One word left on each side is covered when the definition of one spells the other
 *       ("commutes": "travel back and forth regularly, as between one's place of work and home",
 *       against "to work"), or when their definitions share at least {@value #SHARED} content words
 *       and WordNet does not make them two kinds of one thing ("online": "connected to a computer
 *       network …", "internet": "a computer network consisting of …"), one of them no noun: two
 *       nouns defined alike are mostly two kinds of one thing ("tennis" and "golf", "horse" and
 *       "rabbit").
 * </ul>
 *
 * <p>Never a value (a name, a number, a unit of one: "bicycle" is defined with "two wheels", yet
 * "has two bicycles" says more than "has a bicycle"), nor a word for a person; a definition that
 * negates or ends the word it spells makes the pair a contradiction.
 */
final class Leftovers {
  private Leftovers() {}

  /** The most content words of a definition clause read for a left-over word. */
  static final int CLAUSE_WORDS = 12;

  /** The least content words two definitions share to say the same of two left-over words. */
  static final int SHARED = 2;

  /** The most content words of a definition clause compared with another's. */
  static final int DEFINITION_WORDS = 30;

  /** Definition words too general to say two words mean the same. */
  private static final Set<String> GENERAL =
      Set.of(
          "one",
          "someone",
          "something",
          "person",
          "people",
          "thing",
          "things",
          "act",
          "used",
          "use",
          "make",
          "made",
          "especially",
          "usually",
          "often",
          "kind",
          "part",
          "state",
          "way");

  /**
   * Covers the one word left on a side, or on each side, as above; false when a definition negates
   * what it spells (a contradiction).
   */
  static boolean cover(Paraphrases.Side a, Paraphrases.Side b, List<String> how) {
    Set<String> leftA = a.left();
    Set<String> leftB = b.left();
    if (leftA.size() > 1 || leftB.size() > 1 || leftA.isEmpty() && leftB.isEmpty()) {
      return true;
    }
    String x = leftA.isEmpty() ? null : leftA.iterator().next();
    String y = leftB.isEmpty() ? null : leftB.iterator().next();
    if (x != null && !plain(a, x) || y != null && !plain(b, y)) {
      return true;
    }
    if (x != null && y != null) {
      Boolean spelled = spelled(a, x, b, y, how);
      if (spelled == null) {
        spelled = spelled(b, y, a, x, how);
      }
      if (spelled == null && shareDefinition(a.statement.surfaceOf(x), b.statement.surfaceOf(y))) {
        spelled = true;
        how.add(
            "'"
                + a.statement.surfaceOf(x)
                + "' and '"
                + b.statement.surfaceOf(y)
                + "' are defined alike");
      }
      if (spelled == null) {
        return true;
      }
      if (spelled) {
        a.cover(List.of(x));
        b.cover(List.of(y));
      }
      return spelled;
    }
    Paraphrases.Side side = x != null ? a : b;
    Paraphrases.Side other = x != null ? b : a;
    String word = x != null ? x : y;
    for (String u : other.statement.content()) {
      if (!plain(other, u)) {
        continue;
      }
      Boolean spelled = spelled(side, word, other, u, how);
      if (spelled != null) {
        if (spelled) {
          side.cover(List.of(word));
        }
        return spelled;
      }
    }
    return true;
  }

  /**
   * A plain word: not a value, not a unit of one (a kilometre is defined in miles, yet "5
   * kilometres" is not "5 miles"), not a word for a person.
   */
  private static boolean plain(Paraphrases.Side side, String word) {
    return !side.value(word)
        && !Amounts.isUnit(side.statement.surfaceOf(word))
        && !ValueKinds.person(word);
  }

  /**
   * Whether the definition of {@code y} (on side {@code b}) spells {@code x} (on side {@code a}),
   * or that of {@code x} spells {@code y}: true, false when it negates it, null when neither.
   */
  private static Boolean spelled(
      Paraphrases.Side a, String x, Paraphrases.Side b, String y, List<String> how) {
    Boolean r = spelledBy(b, y, a, x);
    if (Boolean.TRUE.equals(r)) {
      how.add(
          "'"
              + a.statement.surfaceOf(x)
              + "' is in the definition of '"
              + b.statement.surfaceOf(y)
              + "'");
    }
    return r;
  }

  /**
   * Whether a definition of {@code definedWord} (of side {@code defined}) spells {@code word} of
   * side {@code side}: true, false when the definition negates or ends it, null when none spells
   * it.
   */
  private static Boolean spelledBy(
      Paraphrases.Side defined, String definedWord, Paraphrases.Side side, String word) {
    String surface = defined.statement.surfaceOf(definedWord);
    if (!WordNet.phrase(surface) || WordNet.siblings(surface, side.statement.surfaceOf(word))) {
      // "blue": "between green and violet" names another colour, not what blue is
      return null;
    }
    for (List<String> clause : Paraphrases.clauses(surface, CLAUSE_WORDS)) {
      for (int i = 0; i < clause.size(); i++) {
        if (word.equals(side.spelled(clause.get(i)))) {
          return !Paraphrases.negatedAt(clause, i);
        }
      }
    }
    return null;
  }

  /**
   * Whether two words' short definitions share at least {@value #SHARED} content words (not general
   * ones) and the words are not two kinds of one thing (WordNet siblings).
   */
  static boolean shareDefinition(String x, String y) {
    if (!WordNet.phrase(x) || !WordNet.phrase(y) || noun(x) == noun(y) || WordNet.siblings(x, y)) {
      // two nouns defined alike are mostly two kinds of one thing ("tennis" and "golf", "horse"
      // and "rabbit"); a word of another part of speech defined like a noun describes that thing
      return false;
    }
    Set<String> wx = definitionWords(x);
    Set<String> wy = definitionWords(y);
    wx.retainAll(wy);
    return wx.size() >= SHARED;
  }

  /** Whether WordNet knows a word as a noun. */
  private static boolean noun(String word) {
    return WordNet.ask(
        word, dictionary -> dictionary.lookupIndexWord(net.sf.extjwnl.data.POS.NOUN, word) != null);
  }

  private static Set<String> definitionWords(String word) {
    Set<String> out = new HashSet<>();
    for (List<String> clause : Paraphrases.clauses(word, DEFINITION_WORDS)) {
      for (String t : clause) {
        if (!Lexicon.STOP.contains(t) && !GENERAL.contains(t) && t.length() > 2) {
          out.addAll(
              new ArrayList<>(WordForms.lemmas(t).isEmpty() ? Set.of(t) : WordForms.lemmas(t)));
        }
      }
    }
    return out;
  }
}
