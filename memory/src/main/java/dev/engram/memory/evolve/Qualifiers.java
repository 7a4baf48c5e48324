package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.POS;

/**
 * Two attributes of one kind told apart by the noun before them: "Customer's billing address is 9
 * Park Ave" and "Customer's shipping address is 31 Quay Street", "User's work email is …" and
 * "User's personal email is …" say two things, not one value replaced, however single-valued an
 * address or an email is.
 *
 * <p>Both statements open with a possessive ("Customer's", "The user's"), then a word only their
 * own (the qualifier), then the same word (the attribute). At least one qualifier is a noun that
 * WordNet knows as no adjective ("billing", "shipping", "work", "recovery"): a noun used as a
 * modifier names a kind of the attribute, where adjectives of preference or rank ("favourite",
 * "preferred", "main") may name the same one.
 */
final class Qualifiers {
  private Qualifiers() {}

  private static final Cache<String, Boolean> NOUNS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether the two statements give the same attribute two different qualifiers ("billing" /
   * "shipping" address), neither a value, a time or a person, at least one a plain noun.
   */
  static boolean twoKinds(
      String existingText,
      Statement existing,
      String incomingText,
      Statement incoming,
      Difference d) {
    List<String> a = existing.content();
    List<String> b = incoming.content();
    if (a.size() < 2
        || b.size() < 2
        || !Possessors.opens(existingText)
        || !Possessors.opens(incomingText)) {
      return false;
    }
    String before = a.get(0);
    String after = b.get(0);
    String attribute = a.get(1);
    return attribute.equals(b.get(1))
        && d.shared().contains(attribute)
        && !existing.values().contains(attribute)
        && d.onlyExisting().contains(before)
        && d.onlyIncoming().contains(after)
        && qualifier(before, existing)
        && qualifier(after, incoming)
        && (plainNoun(existing.surfaceOf(before)) || plainNoun(incoming.surfaceOf(after)));
  }

  /** A word that may qualify an attribute: not a value, a time or a person. */
  private static boolean qualifier(String word, Statement statement) {
    return !statement.values().contains(word)
        && !ValueKinds.time(word, statement)
        && !Frequencies.frequency(statement.surfaceOf(word))
        && !ValueKinds.person(word);
  }

  /** Whether WordNet knows a word as a noun and not as an adjective: "billing", "work". */
  static boolean plainNoun(String surface) {
    String w = surface.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return false;
    }
    return NOUNS.get(
        w,
        k ->
            WordNet.ask(
                k,
                dictionary ->
                    dictionary.getIndexWord(POS.NOUN, k) != null
                        && dictionary.lookupIndexWord(POS.ADJECTIVE, k) == null));
  }
}
