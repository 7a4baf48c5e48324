package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * The kinds and named instances of a category noun, from WordNet's noun hierarchy: "instrument" →
 * clarinet, violin, piano; "city" → Chicago, Seattle; "sport" → surfing. Search uses it for list
 * questions ("What instruments does Melanie play?") whose answers name the instances and never the
 * category.
 *
 * <p>A category is the subtree under each of the noun's senses, following hyponyms and instances,
 * kept only when it holds at most {@value #MAX_KINDS} meanings ("instrument" is a device, a legal
 * document and a musical instrument; its 6th sense holds the clarinet). A noun whose most frequent
 * sense is larger ("activity", "event", "food") names almost anything and is no category at all. A
 * word is a kind when its most frequent noun sense lies in the category. Categories and words are
 * cached; the dictionary is loaded on the first look-up (about 1 s), and without it nothing is a
 * kind.
 */
public final class Kinds {
  /** Most meanings a category sense's subtree may hold; a larger one is too general to use. */
  static final int MAX_KINDS = 1500;

  private static final Cache<String, Category> CATEGORIES =
      Caffeine.newBuilder().maximumSize(5_000).build();
  private static final Cache<String, Meaning> WORDS =
      Caffeine.newBuilder().maximumSize(100_000).build();

  /**
   * A word's most frequent noun sense (its synset offset), and whether WordNet writes it as a name
   * ("Chicago", "May", "Washington"): a name counts only where the text writes it capitalized, so
   * that "was" is not Washington nor "may" the month.
   */
  public record Meaning(long offset, boolean name) {}

  /** A word that is no noun, or could not be looked up. */
  private static final Meaning NONE = new Meaning(-1, false);

  private Kinds() {}

  /**
   * A category: the meanings (synset offsets) of a noun's usable senses and everything under them,
   * and every lower-case word WordNet writes for one of them (to pass over most of a text's words
   * without a look-up).
   */
  public record Category(Set<Long> meanings, Set<String> words) {
    static final Category NONE = new Category(Set.of(), Set.of());

    public boolean isEmpty() {
      return meanings.isEmpty();
    }
  }

  /**
   * The category of a noun; empty when the noun is unknown or its most frequent sense is too
   * general. Lower-case, singular or plural, one word or a compound written with spaces ("martial
   * arts").
   */
  public static Category category(String noun) {
    String n = noun.toLowerCase(Locale.ROOT).strip();
    if (n.isEmpty()) {
      return Category.NONE;
    }
    return CATEGORIES.get(n, Kinds::readCategory);
  }

  /**
   * Whether a noun is written in the plural: WordNet reads it as another lemma ("instruments" →
   * instrument, "martial arts" → martial art; not "series", "people").
   */
  public static boolean plural(String noun) {
    String n = noun.toLowerCase(Locale.ROOT).strip();
    return !n.isEmpty()
        && WordNet.ask(
            n,
            dictionary -> {
              IndexWord index = dictionary.lookupIndexWord(POS.NOUN, n);
              return index != null && !index.getLemma().equalsIgnoreCase(n);
            });
  }

  /**
   * The most frequent noun meaning of a word, or empty when it has none: "violin", "Chicago",
   * "surfing", "new york".
   */
  public static Optional<Meaning> meaning(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    if (w.length() < 2) {
      return Optional.empty();
    }
    Meaning meaning = WORDS.get(w, Kinds::readMeaning);
    return meaning.offset() < 0 ? Optional.empty() : Optional.of(meaning);
  }

  private static Category readCategory(String noun) {
    Set<Long> meanings = new HashSet<>();
    Set<String> words = new HashSet<>();
    boolean found =
        WordNet.ask(
            noun,
            dictionary -> {
              IndexWord index = dictionary.lookupIndexWord(POS.NOUN, noun);
              if (index == null) {
                return false;
              }
              List<Synset> senses = index.getSenses();
              for (int i = 0; i < senses.size(); i++) {
                Set<Synset> subtree = subtree(senses.get(i));
                if (subtree.size() > MAX_KINDS) {
                  if (i == 0) {
                    return false;
                  }
                  continue;
                }
                for (Synset synset : subtree) {
                  if (meanings.add(synset.getOffset())) {
                    synset
                        .getWords()
                        .forEach(w -> words.add(w.getLemma().toLowerCase(Locale.ROOT)));
                  }
                }
              }
              return true;
            });
    return found && !meanings.isEmpty()
        ? new Category(Set.copyOf(meanings), Set.copyOf(words))
        : Category.NONE;
  }

  /** A synset and its hyponyms and instances; more than {@link #MAX_KINDS} when too large. */
  private static Set<Synset> subtree(Synset root) throws JWNLException {
    Set<Long> seen = new HashSet<>();
    Set<Synset> out = new HashSet<>();
    Deque<Synset> queue = new ArrayDeque<>(List.of(root));
    seen.add(root.getOffset());
    out.add(root);
    while (!queue.isEmpty()) {
      Synset s = queue.poll();
      for (PointerType type : List.of(PointerType.HYPONYM, PointerType.INSTANCES_HYPONYM)) {
        for (Pointer p : s.getPointers(type)) {
          Synset target = p.getTargetSynset();
          if (seen.add(target.getOffset())) {
            out.add(target);
            if (out.size() > MAX_KINDS) {
              return out;
            }
            queue.add(target);
          }
        }
      }
    }
    return out;
  }

  private static Meaning readMeaning(String word) {
    Meaning[] out = {NONE};
    WordNet.ask(
        word,
        dictionary -> {
          IndexWord index = dictionary.lookupIndexWord(POS.NOUN, word);
          if (index != null && !index.getSenses().isEmpty()) {
            Synset first = index.getSenses().get(0);
            out[0] = new Meaning(first.getOffset(), name(first, index.getLemma()));
          }
          return true;
        });
    return out[0];
  }

  /** Whether the synset writes the lemma capitalized (a name). */
  private static boolean name(Synset synset, String lemma) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return !w.getLemma().isEmpty() && Character.isUpperCase(w.getLemma().charAt(0));
      }
    }
    return false;
  }
}
