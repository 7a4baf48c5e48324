package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statements read against WordNet's definitions (glosses): a one-word statement that a longer one
 * spells out ("is a vegetarian" / "does not eat meat") restates it; one whose definition negates
 * what the other says ("is retired" / "works as a teacher") contradicts it.
 */
final class Definitions {
  private static final Logger LOG = LoggerFactory.getLogger(Definitions.class);

  private Definitions() {}

  /**
   * Whether {@code word} says in one word what {@code phrase} says in several: {@code word} holds
   * one plain content word, and every content word of {@code phrase} (at least two, no values) is
   * in a WordNet definition of it, with the same polarity ("is an atheist" / "does not believe in
   * god": an atheist is "someone who does not believe in the existence of a god").
   */
  static boolean defines(Statement word, Statement phrase) {
    if (word.content().size() != 1
        || !word.values().isEmpty()
        || phrase.content().size() < 2
        || !phrase.values().isEmpty()) {
      return false;
    }
    for (String gloss : glosses(word.surfaceOf(word.content().get(0)))) {
      List<String> tokens =
          List.of(gloss.toLowerCase(Locale.ROOT).split("[^a-z]+")).stream()
              .filter(t -> !t.isEmpty())
              .toList();
      Set<String> words = new HashSet<>();
      boolean negative = false;
      for (int i = 0; i < tokens.size(); i++) {
        words.add(Lexicon.canonical(tokens.get(i)));
        // a negation counts when one of the phrase's words follows within two words: "eats no
        // meat", "does not believe"; not "has not remarried" next to other words
        if (Lexicon.NEGATION.contains(tokens.get(i))) {
          for (int j = i + 1; j <= i + 2 && j < tokens.size(); j++) {
            negative |= phrase.content().contains(Lexicon.canonical(tokens.get(j)));
          }
        }
      }
      if (words.containsAll(phrase.content())
          && (word.negative() != negative) == phrase.negative()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} names, in one word, someone who does not do what {@code phrase} says they
   * do: a definition of it, or of what it is a kind of ({@link #definitions}), negates one the
   * phrase's first word (its verb) within a clause, or another of its words and holds at least half
   * of them ("is a vegetarian", someone who "eats no meat", / "eats meat again"; "is retired", "no
   * longer active in your work", / "works as a teacher"). Both statements positive; the phrase
   * holds no values.
   */
  static boolean denies(Statement word, Statement phrase) {
    List<String> core = untimed(word);
    if (core.size() != 1
        || word.values().stream().anyMatch(v -> !ValueKinds.time(v, word))
        || word.negative()
        || phrase.negative()
        || phrase.content().isEmpty()
        || !phrase.values().isEmpty()) {
      return false;
    }
    for (String gloss : definitions(word.surfaceOf(core.get(0)))) {
      for (String clause : gloss.toLowerCase(Locale.ROOT).split("[;,]")) {
        Set<String> words = new HashSet<>();
        Set<String> negated = new HashSet<>();
        List<String> negatedTokens = new java.util.ArrayList<>();
        boolean negation = false;
        for (String token : clause.split("[^a-z]+")) {
          if (token.isEmpty()) {
            continue;
          }
          negation |= Lexicon.NEGATION.contains(token) || token.equals("longer");
          (negation ? negated : words).add(Lexicon.canonical(token));
          if (negation && token.length() > 3) {
            negatedTokens.add(token);
          }
        }
        words.addAll(negated);
        // a kind of what the definition negates counts as negated ("chicken" is a kind of meat),
        // next to a word of the definition itself ("eats")
        Set<String> kinds = new HashSet<>();
        for (String w : phrase.content()) {
          if (!words.contains(w)
              && negatedTokens.stream().anyMatch(t -> WordNet.isKindOf(phrase.surfaceOf(w), t))) {
            kinds.add(w);
          }
        }
        long direct = phrase.content().stream().filter(words::contains).count();
        boolean denied =
            phrase.content().stream().anyMatch(w -> negated.contains(w) || kinds.contains(w));
        if (negated.contains(phrase.content().get(0))
            || denied && direct > 0 && (direct + kinds.size()) * 2 >= phrase.content().size()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A statement's content words without when it happened: times, WordNet time periods ("month",
   * "spring") and the word before a period that is not a date ("last month", "next spring").
   */
  private static List<String> untimed(Statement s) {
    List<String> words = s.content();
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      // "last month", "next spring": the word before a period goes with it; not the word before
      // a date ("vegetarian since March")
      boolean next =
          i + 1 < words.size()
              && !s.values().contains(words.get(i + 1))
              && timed(words.get(i + 1), s);
      if (!timed(words.get(i), s) && !next) {
        out.add(words.get(i));
      }
    }
    return out;
  }

  private static boolean timed(String w, Statement s) {
    return ValueKinds.time(w, s) || !s.values().contains(w) && WordNet.period(s.surfaceOf(w));
  }

  private static final Cache<String, List<String>> GLOSS_CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  private static final Cache<String, List<String>> DEFINITION_CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** The definitions of a word's first {@value WordNet#SENSES} noun and adjective senses. */
  static List<String> glosses(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return List.of();
    }
    return GLOSS_CACHE.get(w, Definitions::readGlosses);
  }

  /**
   * The definitions of a word ({@link #glosses}) and of what its first noun sense is a kind of: a
   * "vegan" is "a strict vegetarian; someone who eats no animal or dairy products at all", and a
   * vegetarian is "someone who eats no meat or fish".
   */
  static List<String> definitions(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!WordNet.plain(w)) {
      return List.of();
    }
    // a cache of its own: computing an entry of GLOSS_CACHE may not look up another of it
    // (Caffeine, like ConcurrentHashMap, throws "Recursive update" on a nested computation)
    return DEFINITION_CACHE.get(w, k -> withHypernymGlosses(w));
  }

  private static List<String> withHypernymGlosses(String word) {
    List<String> out = new java.util.ArrayList<>(glosses(word));
    Dictionary dictionary = WordNet.dictionary();
    if (dictionary == null) {
      return List.copyOf(out);
    }
    try {
      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
      if (noun != null && !noun.getSenses().isEmpty()) {
        for (Pointer p : noun.getSenses().get(0).getPointers(PointerType.HYPERNYM)) {
          out.add(plainGloss(p.getTargetSynset().getGloss()));
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet hypernym gloss of {} failed: {}", word, e.toString());
    }
    return List.copyOf(out);
  }

  /** A gloss without its examples: "eater of fruits …; someone who eats no meat …". */
  private static String plainGloss(String gloss) {
    int quote = gloss.indexOf("; \"");
    return quote < 0 ? gloss : gloss.substring(0, quote);
  }

  private static List<String> readGlosses(String word) {
    Dictionary dictionary = WordNet.dictionary();
    if (dictionary == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    try {
      for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE)) {
        IndexWord index = dictionary.lookupIndexWord(pos, word);
        if (index == null) {
          continue;
        }
        List<Synset> senses = index.getSenses();
        for (int i = 0; i < Math.min(WordNet.SENSES, senses.size()); i++) {
          out.add(plainGloss(senses.get(i).getGloss()));
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet gloss of {} failed: {}", word, e.toString());
      return List.of();
    }
    return List.copyOf(out);
  }
}
