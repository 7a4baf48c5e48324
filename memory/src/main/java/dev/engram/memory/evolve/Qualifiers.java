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
    if (clipped(existing, incoming, d.onlyIncoming())
        || clipped(incoming, existing, d.onlyExisting())) {
      return true;
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

  /**
   * Whether one statement names its attribute by a word that is itself a kind of it, WordNet's
   * two-word name with the attribute clipped ("mobile", of "mobile phone"; the lexicon reads it as
   * "phone"), and the other qualifies the attribute with a word of its own that names a kind
   * ("office phone", "home phone number"): "User's mobile is …" and "User's office phone is …" are
   * two phones. The other's qualifier must be a noun, a relational adjective (WordNet's pertainym
   * senses: "home", "personal") or make a two-word name with the attribute; "new", "main" or
   * "favourite" may name the same one.
   */
  static boolean clipped(Statement kind, Statement qualified, List<String> onlyQualified) {
    List<String> k = kind.content();
    List<String> q = qualified.content();
    String attribute = k.get(0);
    String qualifier = q.get(0);
    if (q.size() < 2
        || !attribute.equals(q.get(1))
        || kind.values().contains(attribute)
        || !onlyQualified.contains(qualifier)
        || !qualifier(qualifier, qualified)) {
      return false;
    }
    String clipped = kind.surfaceOf(attribute).toLowerCase(Locale.ROOT);
    String written = qualified.surfaceOf(attribute).toLowerCase(Locale.ROOT);
    String word = qualified.surfaceOf(qualifier).toLowerCase(Locale.ROOT);
    return !clipped.equals(written)
        && WordNet.plain(clipped)
        && WordNet.plain(written)
        && kindNamed(clipped, written)
        && (plainNoun(word) || relational(word) || kindNamed(word, written));
  }

  /**
   * Whether WordNet names a kind of thing by a word and the attribute's word together ("mobile
   * phone"), or by the word alone as a name of that two-word thing ("cell", a "cell phone").
   */
  private static boolean kindNamed(String word, String attribute) {
    String words = word + " " + attribute;
    return WordNet.ask(
        words,
        dictionary -> {
          if (dictionary.getIndexWord(POS.NOUN, words) != null) {
            return true;
          }
          var found = dictionary.lookupIndexWord(POS.NOUN, words);
          return found != null
              && found.getLemma().indexOf(' ') < 0
              && !found.getLemma().equalsIgnoreCase(word)
              && !found.getSenses().isEmpty()
              && found.getSenses().get(0).getWords().stream()
                  .anyMatch(w -> w.getLemma().equalsIgnoreCase(word));
        });
  }

  /** Whether an adjective has a sense that relates to a noun (WordNet's pertainyms: "home"). */
  private static boolean relational(String word) {
    return WordNet.plain(word)
        && WordNet.ask(
            word,
            dictionary -> {
              var adjective = dictionary.getIndexWord(POS.ADJECTIVE, word);
              return adjective != null
                  && adjective.getSenses().stream()
                      .anyMatch(sense -> "adj.pert".equals(sense.getLexFileName()));
            });
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
