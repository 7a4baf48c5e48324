package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.memory.Stemmer;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;

/**
 * The words of a statement that say when: a time (weekday, month, year, clock time), a word of how
 * often ({@link Frequencies}), and a WordNet time period ending the statement with the adjective
 * right before it ("last summer", "next year", "early spring"). "Went to Portugal last summer" and
 * "went to Greece last summer" share only when.
 */
final class TimePhrases {
  private TimePhrases() {}

  private static final Cache<String, Boolean> ADJECTIVES =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether a content word of the statement says when it happens: a time or a word of how often
   * anywhere, or one of the two words of an adjective and a WordNet time period that end the
   * statement ("went to Porto last summer"). A period elsewhere may be what the statement is about
   * ("favourite season is autumn", "last holiday was in Spain").
   */
  static boolean when(String word, Statement statement) {
    if (ValueKinds.time(word, statement) || Frequencies.frequency(statement.surfaceOf(word))) {
      return true;
    }
    List<String> words = statement.content();
    int n = words.size();
    if (n < 3) {
      return false;
    }
    String modifier = words.get(n - 2);
    String period = words.get(n - 1);
    return (word.equals(modifier) || word.equals(period))
        && !statement.values().contains(modifier)
        && !statement.values().contains(period)
        && plainAdjective(statement.surfaceOf(modifier))
        && WordNet.period(statement.surfaceOf(period));
  }

  /**
   * Whether a word is an adjective the lexicon keeps as it is: "last", "next", "early"; not
   * "favourite", which it reads as "prefer".
   */
  private static boolean plainAdjective(String surface) {
    return Lexicon.canonical(surface).equals(Stemmer.stem(surface.toLowerCase(Locale.ROOT)))
        && adjective(surface);
  }

  /** Whether WordNet has the word as an adjective ("last", "next", "early"). */
  static boolean adjective(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && ADJECTIVES.get(w, TimePhrases::readAdjective);
  }

  private static boolean readAdjective(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord index = dictionary.lookupIndexWord(POS.ADJECTIVE, word);
          return index != null
              && !index.getSenses().isEmpty()
              && index.getLemma().equalsIgnoreCase(word);
        });
  }
}
