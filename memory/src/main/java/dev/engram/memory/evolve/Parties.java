package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;

/**
 * Names of political parties, typed from WordNet: a capitalized word (or two) that, with "party"
 * after it, is a WordNet kind of party ("Labour" → Labour Party, "Green" → Green Party,
 * "Conservatives" → Conservative Party, "Liberal" → Liberal Party). Whom someone votes for is one
 * party at a time.
 */
final class Parties {
  private Parties() {}

  /** The word after a party's name in WordNet's entries: "Labour Party". */
  private static final String PARTY = "party";

  /** WordNet's noun for a political organization. */
  private static final String POLITICAL_PARTY = "political party";

  /** Hypernym steps from "Labour Party" to party (Labour Party → labor party → party). */
  private static final int DEPTH = 2;

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a word, as its singular noun with "party" after it, names a political party. */
  static boolean party(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Parties::read);
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          // "Greens" is a noun of its own (leafy vegetables); its singular names the party
          String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
          for (String name : List.of(word, noun == null ? word : noun.getLemma(), singular)) {
            IndexWord named = dictionary.lookupIndexWord(POS.NOUN, name + " " + PARTY);
            if (named != null
                && named.getLemma().equalsIgnoreCase(name + " " + PARTY)
                && !named.getSenses().isEmpty()
                && "noun.group".equals(named.getSenses().get(0).getLexFileName())
                && WordNet.reaches(
                    named.getSenses().get(0), POLITICAL_PARTY::equalsIgnoreCase, DEPTH)) {
              return true;
            }
          }
          return false;
        });
  }
}
