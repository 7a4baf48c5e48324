package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of making or growing things, typed from WordNet: the first sense makes or changes something
 * (lexicographer file {@code verb.creation} or {@code verb.change}), and one of the first {@value
 * #SENSES} senses is a verb of creation said of somebody making something (frame "Somebody ----s
 * something": "grow" = cultivate by growing, "bake" = prepare with dry heat in an oven, "knit",
 * "brew", "paint", "write"). Such a verb holds many objects at once: "grows tomatoes" and "grows
 * strawberries", "bakes bread" and "bakes cakes" are two facts, not one value replaced. Verbs of
 * having, using, moving or social doing ("has", "drives", "makes" = engage in) are not typed.
 */
final class Creation {
  private Creation() {}

  /** How many senses, most frequent first, may hold the sense of making something. */
  static final int SENSES = 8;

  private static final Set<String> FIRST = Set.of("verb.creation", "verb.change");
  private static final String CREATION = "verb.creation";
  private static final String MAKES_SOMETHING = "Somebody ----s something";

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a word as written is a verb of making or growing things. */
  static boolean verb(String surface) {
    String w = surface.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Creation::read);
  }

  /**
   * Whether two statements share a verb of making and differ in what follows it as its object (the
   * next content word on each side, with no preposition before the first word that differs): "grows
   * tomatoes" / "grows strawberries"; not "bakes bread at the Riverside bakery" / "bakes bread at
   * the Hilltop bakery", which differ in where.
   */
  static boolean madeThings(Difference d, Statement existing, Statement incoming) {
    if (d.onlyExisting().isEmpty() || d.onlyIncoming().isEmpty()) {
      return false;
    }
    String before = d.onlyExisting().get(0);
    String after = d.onlyIncoming().get(0);
    return !existing.prepositions().containsKey(before)
        && !incoming.prepositions().containsKey(after)
        && d.shared().stream()
            .anyMatch(
                w -> makes(w, existing, d.onlyExisting()) && makes(w, incoming, d.onlyIncoming()));
  }

  /**
   * Whether a word of a statement is an inflected verb of making ("grows", "baked"; not the noun
   * "colour", which WordNet also has as a verb) whose object, the next content word, is one of the
   * words that differ.
   */
  private static boolean makes(String word, Statement statement, List<String> differing) {
    List<String> content = statement.content();
    int i = content.indexOf(word);
    String surface = statement.surfaceOf(word);
    return i >= 0
        && i + 1 < content.size()
        && differing.contains(content.get(i + 1))
        && !statement.values().contains(word)
        && WordNet.verbForm(surface)
        && verb(surface);
  }

  private static boolean read(String word) {
    return WordNet.ask(
        word,
        dictionary -> {
          IndexWord verb = WordNet.verb(dictionary, word);
          if (verb == null) {
            return false;
          }
          List<Synset> senses = verb.getSenses();
          if (!FIRST.contains(senses.get(0).getLexFileName())) {
            return false;
          }
          for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            Synset sense = senses.get(i);
            if (CREATION.equals(sense.getLexFileName()) && makesSomething(sense)) {
              return true;
            }
          }
          return false;
        });
  }

  private static boolean makesSomething(Synset sense) {
    String[] frames = sense.getVerbFrames();
    if (frames == null) {
      return false;
    }
    for (String frame : frames) {
      if (MAKES_SOMETHING.equals(frame.trim())) {
        return true;
      }
    }
    return false;
  }
}
