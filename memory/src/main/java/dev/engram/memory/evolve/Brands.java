package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;

/**
 * Names coined by joining words, as products and services are named and people are not: "LastPass"
 * (last + pass), "SoundCloud", "PayPal", "DropBox". A capital inside a word splits it; when both
 * parts are words WordNet knows (two letters or more each), the name is coined. A person's name
 * with a capital inside joins a particle that is no word ("McDonald", "DeShawn", "LeBron";
 * "MacKenzie": "kenzie" is none).
 */
final class Brands {
  private Brands() {}

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a word as written is a coined name: two known words joined at an inner capital. */
  static boolean coined(String written) {
    String w = written.replaceAll("['’]s$", "");
    for (int i = 2; i <= w.length() - 2; i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        String first = w.substring(0, i).toLowerCase(Locale.ROOT);
        String second = w.substring(i).toLowerCase(Locale.ROOT);
        return CACHE.get(first + " " + second, k -> known(first) && known(second));
      }
    }
    return false;
  }

  /**
   * Whether WordNet holds a plain word as a common word in any part of speech: not only as a name
   * ("de", Delaware; "shawn", a dancer).
   */
  private static boolean known(String word) {
    return WordNet.plain(word)
        && WordNet.ask(
            word,
            dictionary -> {
              for (POS pos : POS.getAllPOS()) {
                IndexWord index = dictionary.lookupIndexWord(pos, word);
                if (index == null) {
                  continue;
                }
                for (Synset sense : index.getSenses()) {
                  if (sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                    return true;
                  }
                }
              }
              return false;
            });
  }
}
