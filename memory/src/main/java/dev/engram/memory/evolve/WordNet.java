package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexical relations between two English words from WordNet 3.1 (extJWNL and its dictionary on the
 * classpath): the same meaning ("bike"/"bicycle", "sofa"/"couch"), one a kind of the other within
 * {@value #HYPERNYM_DEPTH} steps ("mom"/"mother"), or opposites ("employed"/"unemployed").
 * Hypernyms count for nouns only: WordNet's verb hierarchy is shallow, and two steps up from "surf"
 * is "move", so "loves surfing" and "moved to Porto" would share a word.
 *
 * <p>Only a word's {@value #SENSES} most frequent senses per part of speech count, so that a rare
 * sense ("work" as "study") does not make two everyday words the same. The dictionary is loaded
 * once, on the first look-up (about 0.4 s); words and pairs are cached. If it cannot be loaded,
 * every look-up answers {@link Relation#NONE} and the rules decide as without it.
 */
final class WordNet {
  private static final Logger LOG = LoggerFactory.getLogger(WordNet.class);

  /** How many of a word's senses, most frequent first, count per part of speech. */
  static final int SENSES = 3;

  /** How many hypernym steps may separate a word from the other's meaning. */
  static final int HYPERNYM_DEPTH = 2;

  private static final List<POS> PARTS = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);

  /** How two words relate. */
  enum Relation {
    NONE,
    /** a sense in common */
    SYNONYM,
    /** a sense of one is a kind of a sense of the other */
    HYPERNYM,
    /** a sense of one is marked as the opposite of a sense of the other */
    ANTONYM
  }

  private static final Cache<String, Senses> SENSE_CACHE =
      Caffeine.newBuilder().maximumSize(50_000).build();
  private static final Cache<String, Relation> PAIR_CACHE =
      Caffeine.newBuilder().maximumSize(200_000).build();

  private WordNet() {}

  /** The dictionary, loaded on first use; null if it could not be loaded. */
  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException | RuntimeException e) {
        LOG.warn("WordNet could not be loaded; the resolver decides without it: {}", e.toString());
        return null;
      }
    }
  }

  /**
   * How two lower-case words (or WordNet's names of a few words, "skin doctor") relate, in either
   * direction, over their first {@value #SENSES}.
   */
  static Relation relation(String a, String b) {
    return relation(a, b, SENSES);
  }

  /** How two lower-case words relate, in either direction, over their first {@code senses}. */
  static Relation relation(String a, String b, int senses) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !phrase(x) || !phrase(y)) {
      return Relation.NONE;
    }
    String key = (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x) + "|" + senses;
    return PAIR_CACHE.get(key, k -> compute(senses(x, senses), senses(y, senses)));
  }

  /** Whether two words mean the same or one is a kind of the other. */
  static boolean sameMeaning(String a, String b) {
    return sameMeaning(a, b, SENSES);
  }

  /** Whether two words mean the same or one is a kind of the other, over their first senses. */
  static boolean sameMeaning(String a, String b, int senses) {
    Relation r = relation(a, b, senses);
    return r == Relation.SYNONYM || r == Relation.HYPERNYM;
  }

  /**
   * Whether two words for people name one person, by their noun senses only: the first sense of one
   * means the same as or is a kind of the other's first sense, or is among the other's first
   * {@value #SENSES} senses ("son" and "boy"). The verbs do not count: "to father" and "to mother"
   * are one verb (to beget), the nouns two people.
   */
  static boolean samePerson(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    Senses firstX = nounSenses(x, 1);
    Senses firstY = nounSenses(y, 1);
    Relation r = compute(firstX, firstY);
    return r == Relation.SYNONYM
        || r == Relation.HYPERNYM
        || shares(firstX, nounSenses(y, SENSES))
        || shares(firstY, nounSenses(x, SENSES));
  }

  private static boolean shares(Senses first, Senses other) {
    return first.synsets.stream().anyMatch(other.synsets::contains);
  }

  /** How many senses of a word are searched for the first sense of another. */
  private static final int ALL_SENSES = 50;

  /**
   * Whether the most frequent sense of one word is a sense of the other, however rare there: the
   * first sense of "apartment" is "apartment, flat", the 7th noun sense of "flat"; the first of
   * "elevator" is "elevator, lift", the 8th of "lift". Meant for two words that are all two
   * statements differ by, where the rest of the statement picks the sense.
   */
  static boolean firstSenseAnywhere(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    return shares(senses(x, 1), senses(y, ALL_SENSES))
        || shares(senses(y, 1), senses(x, ALL_SENSES));
  }

  private static final Cache<String, Set<String>> LINK_CACHE =
      Caffeine.newBuilder().maximumSize(50_000).build();

  /**
   * The words WordNet marks as opposites of a word in its first {@value #SENSES} senses, as written
   * there: "unemployed" gives "employed", "married" gives "unmarried".
   */
  static Set<String> antonymWords(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return plain(w)
        ? LINK_CACHE.get("a|" + w, k -> linked(w, PARTS, SENSES, Set.of(PointerType.ANTONYM)))
        : Set.of();
  }

  /**
   * Whether one word is an adjective of the other, a name of a country or people ("Brazilian" and
   * "Brazil", "Japanese" and "Japan"): WordNet's pertainym of one of the adjective's first senses.
   */
  static boolean pertains(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    return pertainyms(x).contains(y) || pertainyms(y).contains(x);
  }

  private static Set<String> pertainyms(String w) {
    return LINK_CACHE.get(
        "p|" + w, k -> linked(w, List.of(POS.ADJECTIVE), SENSES, Set.of(PointerType.PERTAINYM)));
  }

  /**
   * The lower-case words the first {@code senses} senses of a word, in {@code parts}, point to by a
   * lexical pointer of one of {@code types}.
   */
  static Set<String> linked(String word, List<POS> parts, int senses, Set<PointerType> types) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    try {
      for (POS pos : parts) {
        IndexWord index = dictionary.lookupIndexWord(pos, word);
        if (index == null) {
          continue;
        }
        List<Synset> synsets = index.getSenses();
        for (int i = 0; i < Math.min(senses, synsets.size()); i++) {
          for (Word w : synsets.get(i).getWords()) {
            if (!w.getLemma().equalsIgnoreCase(index.getLemma())) {
              continue;
            }
            for (Pointer p : w.getPointers()) {
              if (types.contains(p.getType()) && p.getTarget() instanceof Word target) {
                out.add(target.getLemma().toLowerCase(Locale.ROOT));
              }
            }
          }
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return Set.of();
    }
    return Set.copyOf(out);
  }

  private static final Cache<String, String> LEMMA_CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * A lower-case word's dictionary form as a verb, by WordNet's morphology ("given" → "give",
   * "quitting" → "quit", "passed" → "pass"); the word itself when WordNet has no such verb.
   */
  static String verbLemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!plain(w)) {
      return w;
    }
    return LEMMA_CACHE.get(
        w,
        k -> {
          Dictionary dictionary = Holder.DICTIONARY;
          if (dictionary == null) {
            return w;
          }
          try {
            IndexWord verb = verb(dictionary, w);
            return verb == null ? w : verb.getLemma().toLowerCase(Locale.ROOT);
          } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet look-up of {} failed: {}", w, e.toString());
            return w;
          }
        });
  }

  /** The word of a definition that marks a familiar word for something ("informal terms for"). */
  private static final String INFORMAL = "informal";

  /**
   * Whether one word is WordNet's informal term for the other person, in either direction: a noun
   * sense of {@code a} about people ({@code noun.person}) whose definition says "informal" and
   * whose hypernym is the first noun sense of {@code b} ("mum": informal terms for a mother, a kind
   * of mother; "dad": an informal term for a father).
   */
  static boolean informalTerm(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    return THING_CACHE.get("i|" + x + "|" + y, k -> informal(x, y) || informal(y, x));
  }

  private static boolean informal(String word, String formal) {
    return ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          IndexWord other = dictionary.lookupIndexWord(POS.NOUN, formal);
          if (noun == null
              || other == null
              || other.getSenses().isEmpty()
              || !noun.getLemma().equalsIgnoreCase(word)) {
            return false;
          }
          Synset first = other.getSenses().get(0);
          for (Synset sense : noun.getSenses()) {
            if (!"noun.person".equals(sense.getLexFileName())
                || !definitionWords(sense.getGloss()).contains(INFORMAL)) {
              continue;
            }
            for (Pointer p : sense.getPointers(PointerType.HYPERNYM)) {
              if (p.getTargetSynset().equals(first)) {
                return true;
              }
            }
          }
          return false;
        });
  }

  /**
   * Whether one word is, in one of its first {@value #SENSES} senses, a verb one step below a verb
   * sense of the other ("jog" is to run) or an adjective WordNet marks as similar to an adjective
   * sense of the other ("terrified" and "afraid", "damaged" and "broken").
   */
  static boolean near(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    return THING_CACHE.get("n|" + x + "|" + y, k -> oneStep(x, y) || oneStep(y, x));
  }

  private static boolean oneStep(String word, String other) {
    return ask(
        word,
        dictionary -> {
          for (POS pos : List.of(POS.VERB, POS.ADJECTIVE)) {
            IndexWord index = dictionary.lookupIndexWord(pos, word);
            IndexWord target = dictionary.lookupIndexWord(pos, other);
            if (index == null || target == null) {
              continue;
            }
            Set<String> targets = new HashSet<>();
            List<Synset> senses = target.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
              targets.add(key(senses.get(i)));
            }
            PointerType type = pos == POS.VERB ? PointerType.HYPERNYM : PointerType.SIMILAR_TO;
            List<Synset> own = index.getSenses();
            for (int i = 0; i < Math.min(SENSES, own.size()); i++) {
              for (Pointer p : own.get(i).getPointers(type)) {
                if (targets.contains(key(p.getTargetSynset()))) {
                  return true;
                }
              }
            }
          }
          return false;
        });
  }

  /**
   * Whether two words are, as nouns, kinds of one thing side by side: a first sense of each one
   * step below the same sense ("blue" and "green", colours; "cat" and "dog" are two steps apart). A
   * definition that names the other ("blue": between green and violet) sets the two apart.
   */
  static boolean siblings(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y)) {
      return false;
    }
    return THING_CACHE.get(
        "s|" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x),
        k -> {
          Set<String> above = parents(x);
          return parents(y).stream().anyMatch(above::contains);
        });
  }

  private static Set<String> parents(String word) {
    Set<String> out = new HashSet<>();
    ask(
        word,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
          if (noun == null) {
            return false;
          }
          List<Synset> senses = noun.getSenses();
          for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            for (Pointer p : senses.get(i).getPointers(PointerType.HYPERNYM)) {
              out.add(key(p.getTargetSynset()));
            }
          }
          return true;
        });
    return out;
  }

  /** Whether WordNet marks the two words as opposites. */
  static boolean antonyms(String a, String b) {
    return relation(a, b) == Relation.ANTONYM;
  }

  /** Whether a word's most frequent noun sense is a time period ("month", "spring", "week"). */
  static boolean period(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return plain(w) && THING_CACHE.get("t|" + w, k -> kindOf(w, "time period"));
  }

  private static final Cache<String, Boolean> THING_CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /**
   * Whether two words name different kinds of physical thing ("cat"/"dog", "car"/"bike",
   * "office"/"apartment"): each is used mostly as a noun, its most frequent noun sense is a
   * physical entity, and neither means the other nor is a kind of it ({@link #sameMeaning}). Two
   * such heads make two things that may share a name, colour or place, not one thing described
   * twice. Abstract nouns ("fear", "hobby") and words used mostly as verbs or adjectives do not
   * count.
   */
  static boolean differentThings(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !plain(x) || !plain(y) || relation(x, y) != Relation.NONE) {
      return false;
    }
    return THING_CACHE.get(x, WordNet::physicalNoun) && THING_CACHE.get(y, WordNet::physicalNoun);
  }

  private static boolean physicalNoun(String word) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return false;
    }
    try {
      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
      if (noun == null || noun.getSenses().isEmpty()) {
        return false;
      }
      Synset first = noun.getSenses().get(0);
      int nounUse = useCount(first, noun.getLemma());
      for (POS pos : List.of(POS.VERB, POS.ADJECTIVE)) {
        IndexWord other = dictionary.lookupIndexWord(pos, word);
        if (other != null
            && !other.getSenses().isEmpty()
            && useCount(other.getSenses().get(0), other.getLemma()) > nounUse) {
          return false;
        }
      }
      return reaches(first, "physical entity");
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return false;
    }
  }

  private static boolean kindOf(String word, String ancestor) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return false;
    }
    try {
      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
      return noun != null
          && !noun.getSenses().isEmpty()
          && noun.getLemma().equalsIgnoreCase(word)
          && reaches(noun.getSenses().get(0), ancestor);
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return false;
    }
  }

  /** The verb of not doing: "refrain" (resist doing; choose not to consume). */
  private static final String REFRAIN = "refrain";

  /** The least share of a verb's uses that must be senses of not doing. */
  private static final int REFRAIN_SHARE = 4;

  /**
   * Whether a verb is mostly used to say the user does not do what follows it: the senses defined
   * as refraining (a gloss opening with "refrain" or "abstain", or directly a kind of "refrain")
   * hold at least a quarter of its uses counted in WordNet. "avoid" (its 3rd sense "refrain from
   * doing something", 18 of 65 uses, and its 4th, "refrain from certain foods or beverages"),
   * "abstain", "refrain", "desist"; not "leave" or "help", whose senses of refraining are rare, nor
   * a word used as a noun or an adjective more than it refrains ("fast", "spare").
   */
  static boolean refrains(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!plain(w) || w.indexOf('-') >= 0) {
      return false;
    }
    return THING_CACHE.get("r|" + w, k -> readRefrains(w));
  }

  private static boolean readRefrains(String word) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return false;
    }
    try {
      IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word);
      if (verb == null) {
        return false;
      }
      int all = 0;
      int refraining = 0;
      for (Synset sense : verb.getSenses()) {
        int uses = useCount(sense, verb.getLemma()) + 1;
        all += uses;
        String gloss = sense.getGloss().toLowerCase(Locale.ROOT);
        if (gloss.startsWith("refrain")
            || gloss.startsWith("abstain")
            || reaches(sense, REFRAIN, 1)) {
          refraining += uses;
        }
      }
      return refraining * REFRAIN_SHARE >= all && refraining > uses(dictionary, word);
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return false;
    }
  }

  /** A word's uses as a noun and as an adjective, counted over their senses (one each at least). */
  private static int uses(Dictionary dictionary, String word) throws JWNLException {
    int uses = 0;
    for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE)) {
      IndexWord index = dictionary.lookupIndexWord(pos, word);
      if (index != null) {
        for (Synset sense : index.getSenses()) {
          uses += useCount(sense, index.getLemma()) + 1;
        }
      }
    }
    return uses;
  }

  /** How many hypernym steps a word may be from what a definition negates. */
  private static final int KIND_DEPTH = 4;

  /**
   * Whether one of a word's first {@value #SENSES} noun senses is a kind of {@code lemma} within
   * {@value #KIND_DEPTH} steps: "chicken" (the food) is poultry, a bird, meat; "salmon" is a fish.
   */
  static boolean isKindOf(String word, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma.toLowerCase(Locale.ROOT);
    if (w.equals(l) || !plain(w) || !plain(l)) {
      return false;
    }
    return THING_CACHE.get("k|" + w + "|" + l, k -> readKindOf(w, l));
  }

  private static boolean readKindOf(String word, String lemma) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return false;
    }
    try {
      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
      if (noun == null) {
        return false;
      }
      List<Synset> senses = noun.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        if (reaches(senses.get(i), lemma, KIND_DEPTH)) {
          return true;
        }
      }
      return false;
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return false;
    }
  }

  private static boolean reaches(Synset start, String lemma) throws JWNLException {
    return reaches(start, lemma, Integer.MAX_VALUE);
  }

  /** Whether a synset or one of its hypernyms within {@code depth} steps holds the lemma. */
  private static boolean reaches(Synset start, String lemma, int depth) throws JWNLException {
    return reaches(start, lemma::equalsIgnoreCase, depth);
  }

  /**
   * Whether a synset or one of its hypernyms within {@code depth} steps holds a lemma that {@code
   * lemmas} accepts.
   */
  static boolean reaches(Synset start, Predicate<String> lemmas, int depth) throws JWNLException {
    Deque<Synset> level = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    for (int step = 0; step <= depth && !level.isEmpty(); step++) {
      Deque<Synset> next = new ArrayDeque<>();
      for (Synset s : level) {
        for (Word w : s.getWords()) {
          if (lemmas.test(w.getLemma())) {
            return true;
          }
        }
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
          Synset target = p.getTargetSynset();
          if (seen.add(key(target))) {
            next.add(target);
          }
        }
      }
      level = next;
    }
    return false;
  }

  private static int useCount(Synset synset, String lemma) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return w.getUseCount();
      }
    }
    return 0;
  }

  /** The dictionary, or null if it could not be loaded (see {@link Definitions}). */
  static Dictionary dictionary() {
    return Holder.DICTIONARY;
  }

  /** A question to the dictionary. */
  @FunctionalInterface
  interface Question {
    boolean ask(Dictionary dictionary) throws JWNLException;
  }

  /**
   * The answer to a question about {@code word}; false when the dictionary could not be loaded or
   * the look-up failed (logged at debug level).
   */
  static boolean ask(String word, Question question) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return false;
    }
    try {
      return question.ask(dictionary);
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return false;
    }
  }

  /**
   * A word as a verb, its lemma and senses (most frequent first); null when WordNet has no such
   * verb or none of its senses.
   */
  static IndexWord verb(Dictionary dictionary, String word) throws JWNLException {
    IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word);
    return verb == null || verb.getSenses().isEmpty() ? null : verb;
  }

  /** The first (most frequent) sense of a word as a verb; null when WordNet has no such verb. */
  static Synset firstVerbSense(Dictionary dictionary, String word) throws JWNLException {
    IndexWord verb = verb(dictionary, word);
    return verb == null ? null : verb.getSenses().get(0);
  }

  /** A test of a sense. */
  @FunctionalInterface
  interface SenseTest {
    boolean test(Synset sense) throws JWNLException;
  }

  /**
   * Whether the first (most frequent) sense of {@code word} as a verb passes {@code test}; false
   * when WordNet has no such verb or the dictionary could not be loaded.
   */
  static boolean firstVerbSense(String word, SenseTest test) {
    return ask(
        word,
        dictionary -> {
          Synset first = firstVerbSense(dictionary, word);
          return first != null && test.test(first);
        });
  }

  /** The lower-case words of a definition, without its quoted examples. */
  static List<String> definitionWords(String gloss) {
    String lower = gloss.toLowerCase(Locale.ROOT);
    int quote = lower.indexOf('"');
    return Stream.of((quote < 0 ? lower : lower.substring(0, quote)).split("[^a-z]+"))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * Whether a lower-case word is an inflected form of a verb: WordNet's morphology finds a verb
   * whose lemma is not the word itself ("likes" → like, "played" → play).
   */
  static boolean verbForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return plain(w)
        && THING_CACHE.get(
            "v|" + w,
            k ->
                ask(
                    w,
                    dictionary -> {
                      IndexWord verb = dictionary.lookupIndexWord(POS.VERB, w);
                      return verb != null && !verb.getLemma().equalsIgnoreCase(w);
                    }));
  }

  /**
   * Whether a text is one plain word ({@link #plain}) or WordNet's name of two or three words
   * joined by single spaces ("mother tongue", "skin doctor").
   */
  static boolean phrase(String w) {
    String[] words = w.split(" ", -1);
    if (words.length > 3) {
      return false;
    }
    for (String word : words) {
      if (!plain(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is plain lower-case letters (and hyphens), at least two of them. */
  static boolean plain(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static Relation compute(Senses a, Senses b) {
    if (a.synsets.isEmpty() || b.synsets.isEmpty()) {
      return Relation.NONE;
    }
    for (String s : a.synsets) {
      if (b.synsets.contains(s)) {
        return Relation.SYNONYM;
      }
    }
    for (String s : a.antonyms) {
      if (b.synsets.contains(s)) {
        return Relation.ANTONYM;
      }
    }
    for (String s : b.antonyms) {
      if (a.synsets.contains(s)) {
        return Relation.ANTONYM;
      }
    }
    for (String s : a.hypernyms) {
      if (b.synsets.contains(s)) {
        return Relation.HYPERNYM;
      }
    }
    for (String s : b.hypernyms) {
      if (a.synsets.contains(s)) {
        return Relation.HYPERNYM;
      }
    }
    return Relation.NONE;
  }

  private static Senses senses(String word, int senses) {
    return SENSE_CACHE.get(word + "|" + senses, k -> lookUp(word, senses, PARTS));
  }

  private static Senses nounSenses(String word, int senses) {
    return SENSE_CACHE.get("noun|" + word + "|" + senses, k -> lookUp(word, senses, NOUNS));
  }

  private static final List<POS> NOUNS = List.of(POS.NOUN);

  /** A word's first senses, their hypernyms within the depth, and their antonyms, as keys. */
  private record Senses(Set<String> synsets, Set<String> hypernyms, Set<String> antonyms) {}

  private static final Senses NO_SENSES = new Senses(Set.of(), Set.of(), Set.of());

  private static Senses lookUp(String word, int limit, List<POS> parts) {
    Dictionary dictionary = Holder.DICTIONARY;
    if (dictionary == null) {
      return NO_SENSES;
    }
    Set<String> synsets = new HashSet<>();
    Set<String> hypernyms = new HashSet<>();
    Set<String> antonyms = new HashSet<>();
    try {
      for (POS pos : parts) {
        IndexWord index = dictionary.lookupIndexWord(pos, word);
        if (index == null || word.indexOf(' ') > 0 && !index.getLemma().equalsIgnoreCase(word)) {
          // a name of two words is itself or nothing: "plum tree" is not the verb "tree"
          continue;
        }
        List<Synset> senses = index.getSenses();
        for (int i = 0; i < Math.min(limit, senses.size()); i++) {
          Synset synset = senses.get(i);
          synsets.add(key(synset));
          if (pos == POS.NOUN) {
            addHypernyms(synset, hypernyms);
          }
          for (Word w : synset.getWords()) {
            if (!w.getLemma().equalsIgnoreCase(index.getLemma())) {
              continue;
            }
            for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
              antonyms.add(key(p.getTargetSynset()));
            }
          }
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return NO_SENSES;
    }
    return new Senses(Set.copyOf(synsets), Set.copyOf(hypernyms), Set.copyOf(antonyms));
  }

  private static void addHypernyms(Synset start, Set<String> out) throws JWNLException {
    Deque<Synset> level = new ArrayDeque<>(List.of(start));
    for (int depth = 0; depth < HYPERNYM_DEPTH && !level.isEmpty(); depth++) {
      Deque<Synset> next = new ArrayDeque<>();
      for (Synset s : level) {
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
          Synset target = p.getTargetSynset();
          if (out.add(key(target))) {
            next.add(target);
          }
        }
      }
      level = next;
    }
  }

  private static String key(Synset synset) {
    return synset.getPOS().getKey() + synset.getOffset();
  }
}
