package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;

/**
 * The forms of one word across parts of speech, from WordNet: its dictionary forms by WordNet's
 * morphology ("diagnosed" → "diagnose", "married" → "marry") and the words its first senses are
 * derivationally related to or pertain to ("diagnose" → "diagnosis", "marry" → "marriage",
 * "diabetic" → "diabetes", "hourly" → "hour"). Two words are forms of one another when either's
 * forms hold the other's dictionary form. Only WordNet's links count, not shared letters:
 * "vegetarian" and "vegetable" share a root of nine letters but no link, and are two words.
 */
final class WordForms {
  private WordForms() {}

  /** How many senses of a word per part of speech are followed. */
  private static final int SENSES = 4;

  private static final List<POS> PARTS = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);
  private static final Set<PointerType> FORM_LINKS =
      Set.of(PointerType.DERIVATION, PointerType.PERTAINYM, PointerType.PARTICIPLE_OF);

  private static final Cache<String, Set<String>> LEMMAS =
      Caffeine.newBuilder().maximumSize(20_000).build();
  private static final Cache<String, Set<String>> FORMS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether two lower-case words are forms of one word: one dictionary form in common ("married" /
   * "marries"), or a derivational or pertainym link from one's first senses to a dictionary form of
   * the other ("diagnosed" / "diagnosis", "diabetes" / "diabetic").
   */
  static boolean related(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !WordNet.plain(x) || !WordNet.plain(y)) {
      return false;
    }
    Set<String> lx = lemmas(x);
    Set<String> ly = lemmas(y);
    if (lx.stream().anyMatch(ly::contains)) {
      return true;
    }
    Set<String> fx = forms(x);
    Set<String> fy = forms(y);
    return fx.stream().anyMatch(ly::contains) || fy.stream().anyMatch(lx::contains);
  }

  /**
   * The dictionary forms of a lower-case word in every part of speech WordNet has it in: "married"
   * gives "marry" and "married".
   */
  static Set<String> lemmas(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return Set.of();
    }
    return LEMMAS.get(w, WordForms::readLemmas);
  }

  /**
   * The words a lower-case word's first senses are derivationally related to or pertain to, in
   * every part of speech, as dictionary forms ("diagnosed" gives "diagnosis", "diagnostician", …).
   */
  static Set<String> forms(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return Set.of();
    }
    return FORMS.get(w, WordForms::readForms);
  }

  private static Set<String> readLemmas(String word) {
    Set<String> out = new HashSet<>();
    WordNet.ask(
        word,
        dictionary -> {
          for (POS pos : PARTS) {
            IndexWord index = dictionary.lookupIndexWord(pos, word);
            if (index != null && !index.getSenses().isEmpty()) {
              out.add(index.getLemma().toLowerCase(Locale.ROOT));
            }
          }
          return true;
        });
    return Set.copyOf(out);
  }

  private static Set<String> readForms(String word) {
    return WordNet.linked(word, PARTS, SENSES, FORM_LINKS);
  }
}
