package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.Synset;

/**
 * A new value put in place by a verb of replacing: "switched to an iPhone", "replaced the Samsung
 * with a Pixel 8", "traded the Fiesta in for a Kia", "upgraded to a 1 Gbps fibre connection". What
 * the verb puts in place is the object of the preposition after it ("to", "with", "for", "into"),
 * up to the end of its clause. When that is a value (a name, a brand written with an inner capital,
 * a number) the older statement does not hold, and the older statement names a value of its own
 * (not a time, not a companion), the new one replaces it, whatever words they share: a device, a
 * brand, a provider, a plan, an amount — any attribute, none listed.
 *
 * <p>A verb of replacing is typed from WordNet: one of its first {@value #SENSES} verb senses is a
 * verb of change or of possession ({@code verb.change}, {@code verb.possession}) whose synset or
 * direct hypernym holds "exchange", "replace", "substitute" or "switch" ("trade": trade in, a kind
 * of exchange; "swap"; "switch"; "replace"), or it is one of the lexicon's change verbs of changing
 * one value for another ("upgraded", "converted", "changed"; not "moved", which the residence slot
 * reads, nor "left", "became" or "stopped").
 */
final class Replacement {
  private Replacement() {}

  /** How many senses of a verb are read: the frequent ones. */
  static final int SENSES = 3;

  /** Lemmas that make a sense one of replacing, in its synset or its direct hypernym. */
  private static final Set<String> REPLACING =
      Set.of("exchange", "replace", "substitute", "switch");

  /**
   * The lexicon's change verbs that say one value was exchanged for another without WordNet typing
   * them so ("upgrade": improve what was old; "convert": change from one system to another).
   */
  private static final Set<String> CHANGING =
      Set.of("upgrade", "downgrade", "convert", "change", "transfer");

  /** Prepositions that introduce what the verb puts in place. */
  private static final Set<String> INTRODUCERS = Set.of("to", "with", "for", "into");

  /** Words that open another clause: what follows them is not what was put in place. */
  private static final Set<String> BOUNDARIES =
      Set.of(
          "after",
          "because",
          "since",
          "when",
          "as",
          "and",
          "but",
          "so",
          "while",
          "before",
          "once",
          "though",
          "although",
          "which",
          "who",
          "that");

  /** The most words between the verb and its preposition: "replaced the old Samsung with". */
  private static final int REACH = 4;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*");

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * The words (as written) that a verb of replacing in {@code text} puts in place, without function
   * words; empty when the text has no such verb and preposition.
   */
  static List<String> newValue(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.replace('’', '\''));
    while (m.find()) {
      tokens.add(m.group());
    }
    List<String> lower = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    // the subject's verb, after auxiliaries and adverbs: "User has switched to", not the noun of
    // "it was a nice change to John's life"
    int subject = lower.size() > 1 && lower.get(0).equals("the") ? 1 : 0;
    int i = Slot.verbIndex(lower, subject + 1);
    if (i < tokens.size()) {
      String w = tokens.get(i);
      if (Character.isUpperCase(w.charAt(0)) || !verb(lower.get(i))) {
        return List.of();
      }
      for (int j = i + 1; j <= i + REACH + 1 && j < tokens.size(); j++) {
        String p = lower.get(j);
        if (BOUNDARIES.contains(p)) {
          break;
        }
        if (INTRODUCERS.contains(p)) {
          List<String> object = new ArrayList<>();
          for (int k = j + 1; k < tokens.size(); k++) {
            String t = tokens.get(k);
            String word = lower.get(k);
            if (BOUNDARIES.contains(word) || INTRODUCERS.contains(word)) {
              break;
            }
            // the subject's own name is no new value: "switched to John's old laptop"
            if (!Lexicon.STOP.contains(word)
                && !Lexicon.CHANGE.contains(word)
                && !word.equals(lower.get(subject))) {
              object.add(t);
            }
          }
          return List.copyOf(object);
        }
      }
      return List.of();
    }
    return List.of();
  }

  /**
   * Whether what a verb of replacing puts in place ({@link #newValue}) replaces a value the older
   * statement holds: the new words hold a value (a capital letter anywhere in a word, or a number)
   * that is not a word of the older statement, and the older statement holds a value of its own
   * that is not a time and not someone it was done with.
   */
  static boolean replaces(List<String> put, Statement existing) {
    // a value the older statement does not hold: "500" of "upgraded to a 500 Mbps line" against
    // "broadband is 80 Mbps"; not "iPhone" of "switched to an iPhone" against "has an iPhone"
    boolean newValue =
        put.stream()
            .filter(Replacement::value)
            .map(t -> t.toLowerCase(Locale.ROOT))
            .anyMatch(
                t ->
                    !existing.content().contains(t)
                        && !existing.content().contains(Lexicon.canonical(t)));
    if (!newValue) {
      return false;
    }
    return existing.values().stream()
        .anyMatch(
            v ->
                !ValueKinds.time(v, existing)
                    && !"company".equals(existing.prepositions().get(v))
                    && !"time".equals(existing.prepositions().get(v)));
  }

  /** A name or brand (a capital letter anywhere: "Kia", "iPhone") or a number. */
  private static boolean value(String word) {
    return Character.isDigit(word.charAt(0)) || !word.equals(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a lower-case word is a verb of replacing (see the class comment). */
  static boolean verb(String word) {
    if (!WordNet.plain(word)) {
      return false;
    }
    return CACHE.get(word, Replacement::read);
  }

  private static boolean read(String word) {
    String lemma = WordNet.verbLemma(word);
    if (Lexicon.CHANGE.contains(word) && CHANGING.contains(lemma)) {
      return true;
    }
    return WordNet.ask(
        word,
        dictionary -> {
          var verb = WordNet.verb(dictionary, word);
          if (verb == null) {
            return false;
          }
          List<Synset> senses = verb.getSenses();
          for (int s = 0; s < Math.min(SENSES, senses.size()); s++) {
            Synset sense = senses.get(s);
            String file = sense.getLexFileName();
            if ((file.equals("verb.change") || file.equals("verb.possession"))
                && WordNet.reaches(sense, REPLACING::contains, 1)) {
              return true;
            }
          }
          return false;
        });
  }
}
