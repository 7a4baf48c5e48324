package dev.engram.memory.evolve;

import dev.engram.memory.NumberWords;
import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Two statements that share few words yet say the same thing: every content word of each is matched
 * by meaning on the other side, and nothing is left over. A word is matched by
 *
 * <ul>
 *   <li>the same word, or one WordNet gives a sense in common with or makes a kind of it within two
 *       steps ({@link WordNet#relation}: "flu" / "influenza", "autumn" / "fall"); a two-word name
 *       WordNet holds counts as one word ("skin doctor" / "dermatologist");
 *   <li>another form of it ({@link WordForms}: "diabetes" / "diabetic", "hour" / "hourly"), or a
 *       synonym of such a form ("earns" → "earnings" / "pay");
 *   <li>the same number, in digits, words or as an ordinal ("3" / "third"), "twice" and "two
 *       times";
 *   <li>an acronym and the words it abbreviates ({@link Acronyms}: "T2" / "type 2");
 *   <li>the words of its own short WordNet definition ("mother tongue", "one's native language";
 *       "self-employed", "working for yourself"), unless the definition negates them ("vegetarian",
 *       "someone who eats no meat", against "eats meat": a contradiction, never a paraphrase);
 * </ul>
 *
 * <p>A verb whose first sense is a light verb's ("owns": have; "attends": go to) needs no match
 * when the other statement says it with a light verb ("has", "goes", "is"), which the rules do not
 * count as content. Values (names, numbers) match only themselves, another writing of the number or
 * an acronym. Nothing may speak against the reading: both of one polarity, no change or additive
 * word, no opposite words, the same named subject. The statements' cosine must be at least {@value
 * #COSINE}, as evidence only: a cosine cannot tell a paraphrase from a contradiction, so it never
 * decides alone.
 */
final class Paraphrases {
  private Paraphrases() {}

  /** The least cosine of a paraphrase: evidence next to the words, never alone. */
  static final double COSINE = 0.65;

  /** The most content words of a definition clause read as spelling a word out. */
  private static final int GLOSS_WORDS = 8;

  /** Senses per part of speech whose definitions are read. */
  private static final int GLOSS_SENSES = 2;

  /** Light verbs: a verb whose first sense is one of theirs says no more than they do. */
  private static final Set<String> LIGHT = Set.of("have", "get", "go", "be", "make", "take", "do");

  /** The light verbs as a statement writes them (the rules' stop words). */
  private static final Set<String> LIGHT_WRITTEN =
      Set.of(
          "has", "have", "had", "having", "got", "gets", "get", "getting", "is", "are", "am", "was",
          "were", "be", "been", "goes", "go", "went", "going", "gone", "takes", "take", "took",
          "makes", "make", "made", "does", "do", "did");

  /**
   * Function words WordNet does not hold, read as one word each: the reflexive pronouns ("works for
   * themselves" / "working for yourself") and the distributive determiners ("every night" / "each
   * night"; "each" is one of the rules' stop words, so "every" alone needs no match).
   */
  private static final Map<String, String> FUNCTION_WORDS =
      Map.ofEntries(
          Map.entry("myself", "self"),
          Map.entry("yourself", "self"),
          Map.entry("himself", "self"),
          Map.entry("herself", "self"),
          Map.entry("itself", "self"),
          Map.entry("oneself", "self"),
          Map.entry("ourselves", "self"),
          Map.entry("yourselves", "self"),
          Map.entry("themselves", "self"),
          Map.entry("themself", "self"),
          Map.entry("every", ""));

  /** Adverbs of repetition and the count they say: "twice" is "two times". */
  private static final Map<String, String> TIMES = Map.of("once", "1", "twice", "2", "thrice", "3");

  private static final String TIME = Lexicon.canonical("times");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  /**
   * A verdict of the rules that adds or supersedes, as a reinforcement when the candidate and the
   * statement say the same thing in other words; any other verdict as it is.
   */
  static RuleResolver.Verdict reread(
      RuleResolver.Verdict verdict,
      Candidate candidate,
      String statement,
      Statement existing,
      Statement incoming) {
    if (verdict.action() != Action.ADD && verdict.action() != Action.UPDATE) {
      return verdict;
    }
    return same(candidate.memory().content(), existing, statement, incoming, candidate.cosine())
        .map(
            how ->
                new RuleResolver.Verdict(
                    Action.REINFORCE,
                    candidate.memory().id(),
                    String.format(
                        Locale.ROOT,
                        "same statement: %s in other words, every word matched (%s; cosine %.2f)",
                        candidate.memory().id(),
                        how,
                        candidate.cosine()),
                    verdict.anchors(),
                    verdict.cosine(),
                    null))
        .orElse(verdict);
  }

  /**
   * How the two statements say the same thing in other words, or empty when they do not: see the
   * class comment.
   */
  static Optional<String> same(
      String existingText,
      Statement existing,
      String incomingText,
      Statement incoming,
      double cosine) {
    if (cosine < COSINE
        || existing.content().isEmpty()
        || incoming.content().isEmpty()
        || existing.negative() != incoming.negative()
        || incoming.additive()
        || existing.additive()
        || incoming.retraction()
        || !existing.changeWords().containsAll(incoming.changeWords())
        || !Objects.equals(existing.subject(), incoming.subject())) {
      return Optional.empty();
    }
    Reading reading = read(existingText, existing, incomingText, incoming);
    return reading.same() ? Optional.of(String.join(", ", reading.how())) : Optional.empty();
  }

  /**
   * What matching the two statements' words found: how words were matched, the words of each side
   * left without a match, and whether the two are opposites or a definition denies the other side.
   */
  record Reading(
      List<String> how, Set<String> leftExisting, Set<String> leftIncoming, boolean against) {
    boolean same() {
      return !against && leftExisting.isEmpty() && leftIncoming.isEmpty();
    }
  }

  /** Matches the words of two statements by meaning, whatever their cosine and markers. */
  static Reading read(
      String existingText, Statement existing, String incomingText, Statement incoming) {
    Side a = Side.of(existingText, existing);
    Side b = Side.of(incomingText, incoming);
    List<String> how = new ArrayList<>();
    if (opposites(a, b)) {
      return new Reading(how, a.left(), b.left(), true);
    }
    units(a, b, how);
    acronyms(a, b, how);
    acronyms(b, a, how);
    if (!glosses(a, b, how) || !glosses(b, a, how)) {
      return new Reading(how, a.left(), b.left(), true);
    }
    light(a, b, how);
    light(b, a, how);
    kinds(a, b, how);
    kinds(b, a, how);
    roles(a, b, how);
    roles(b, a, how);
    if (!Leftovers.cover(a, b, how)) {
      return new Reading(how, a.left(), b.left(), true);
    }
    return new Reading(List.copyOf(how), a.left(), b.left(), false);
  }

  /** Whether a word of one side is the opposite of a word of the other. */
  private static boolean opposites(Side a, Side b) {
    for (String x : a.statement.content()) {
      for (String y : b.statement.content()) {
        if (Lexicon.antonyms(x, y)
            || !a.value(x)
                && !b.value(y)
                && WordNet.antonyms(a.statement.surfaceOf(x), b.statement.surfaceOf(y))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Matches every word (or WordNet's two-word name) of one side with one of the other. */
  private static void units(Side a, Side b, List<String> how) {
    for (Unit u : a.units) {
      for (Unit v : b.units) {
        boolean differing = differing(u, b) && differing(v, a);
        String kind = u.words.equals(v.words) ? "" : differing ? match(u, v) : null;
        if (kind != null) {
          a.cover(u.words);
          b.cover(v.words);
          if (!kind.isEmpty()) {
            how.add("'" + u.text + "' ~ '" + v.text + "' (" + kind + ")");
          }
        }
      }
    }
    // "twice" against "2 times": the count's "times" goes with it
    for (Side side : List.of(a, b)) {
      Side other = side == a ? b : a;
      for (String w : side.statement.content()) {
        if (TIMES.containsKey(w) && other.statement.content().contains(TIMES.get(w))) {
          other.cover(List.of(TIME));
        }
      }
    }
  }

  /**
   * Whether a unit differs from the other side: a word the other side lacks, or a two-word name of
   * which it lacks one ("secondary school" against "high school").
   */
  private static boolean differing(Unit u, Side other) {
    return !other.statement.content().containsAll(u.words);
  }

  /** How two units match ("" when they are one word), or null when they do not. */
  private static String match(Unit u, Unit v) {
    if (u.words.equals(v.words)) {
      return "";
    }
    if (u.value || v.value) {
      return u.words.size() == 1
              && v.words.size() == 1
              && sameNumber(u.words.get(0), v.words.get(0))
          ? "number"
          : null;
    }
    String x = u.text;
    String y = v.text;
    if (u.words.size() == 1 && v.words.size() == 1) {
      String fx = FUNCTION_WORDS.get(x);
      String fy = FUNCTION_WORDS.get(y);
      if (fx != null && fx.equals(fy)) {
        return "function word";
      }
      if (ValueKinds.person(u.words.get(0)) || ValueKinds.person(v.words.get(0))) {
        // "mother" and "mother-in-law" are two people, "son" and "boy" one
        return ValueKinds.hyphenatedPerson(x) == ValueKinds.hyphenatedPerson(y)
                && WordNet.samePerson(x, y)
            ? "one person"
            : null;
      }
    }
    WordNet.Relation r = WordNet.relation(x, y);
    if (r == WordNet.Relation.SYNONYM || r == WordNet.Relation.HYPERNYM) {
      return r.name().toLowerCase(Locale.ROOT);
    }
    if (u.words.size() == 1 && v.words.size() == 1 && WordNet.firstSenseAnywhere(x, y)) {
      // "flat" / "apartment": the first sense of one is a sense of the other
      return "a sense of the other";
    }
    if (WordNet.near(x, y)) {
      return "a verb's kind or a similar adjective";
    }
    if (WordForms.related(x, y)) {
      return "word form";
    }
    if (derivedSynonym(x, y) || derivedSynonym(y, x)) {
      return "synonym of a word form";
    }
    return null;
  }

  /** Whether a form of {@code x} ({@link WordForms#forms}) means what {@code y} means. */
  private static boolean derivedSynonym(String x, String y) {
    for (String form : WordForms.forms(x)) {
      if (WordNet.relation(form, y) == WordNet.Relation.SYNONYM) {
        return true;
      }
    }
    return false;
  }

  /** Whether two values are one number: "3" / "3rd", "2" / "twice". */
  private static boolean sameNumber(String x, String y) {
    String nx = number(x);
    String ny = number(y);
    return nx != null && nx.equals(ny);
  }

  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)?");

  private static String number(String word) {
    if (TIMES.containsKey(word)) {
      return TIMES.get(word);
    }
    String digits = NumberWords.digits(word);
    if (digits != null) {
      return digits;
    }
    Matcher m = ORDINAL.matcher(word);
    return m.matches() ? m.group(1) : null;
  }

  /** Covers each acronym of one side and the words of the other it abbreviates. */
  private static void acronyms(Side a, Side b, List<String> how) {
    for (String written : a.written) {
      String word = written.toLowerCase(Locale.ROOT);
      if (!Acronyms.acronym(written) || !a.statement.content().contains(word)) {
        continue;
      }
      Optional<List<Integer>> run = Acronyms.expansion(written, b.written);
      if (run.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int i : run.get()) {
        String content = b.contentOf(b.written.get(i));
        if (content != null) {
          words.add(content);
        }
      }
      a.cover(List.of(word));
      b.cover(words);
      how.add("'" + written + "' abbreviates '" + String.join(" ", words) + "'");
    }
  }

  /**
   * Covers each word of one side whose short WordNet definition holds words of the other (at least
   * a third of the definition's content words, none of them words both sides hold), and those
   * words; false when the definition negates or ends one of them ("vegetarian", "someone who eats
   * no meat", against "eats meat"). Words for people are left to {@link WordNet#samePerson}: a
   * niece is defined as "a daughter of your brother or sister", and is not the user's daughter.
   */
  private static boolean glosses(Side a, Side b, List<String> how) {
    for (Unit u : a.units) {
      if (u.value
          || u.words.stream().anyMatch(b.statement.content()::contains)
          || u.words.size() == 1 && ValueKinds.person(u.words.get(0))) {
        continue;
      }
      for (List<String> clause : clauses(u.text)) {
        List<String> matched = new ArrayList<>();
        boolean negated = false;
        long content = clause.stream().filter(t -> !Lexicon.STOP.contains(t)).count();
        for (int i = 0; i < clause.size(); i++) {
          String w = b.spelled(clause.get(i));
          if (w == null
              || a.statement.content().contains(w)
              || ValueKinds.person(w)
              || matched.contains(w)
              || u.words.size() == 1 && WordNet.siblings(u.text, b.statement.surfaceOf(w))) {
            // "blue": "between green and violet" names another colour, not what blue is
            continue;
          }
          matched.add(w);
          negated |= negatedAt(clause, i);
        }
        if (matched.isEmpty() || matched.size() * 5 < content) {
          continue;
        }
        if (negated && !b.statement.negative()) {
          // "vegetarian": "someone who eats no meat", against "eats meat"
          return false;
        }
        if (negated || b.statement.negative()) {
          continue;
        }
        a.cover(u.words);
        b.cover(matched);
        how.add("'" + u.text + "' is defined with '" + String.join(" ", matched) + "'");
      }
    }
    return true;
  }

  /** Words of a definition that negate or end what follows them: "no meat", "stop work". */
  private static final Set<String> ENDING = ending();

  private static Set<String> ending() {
    Set<String> out = new HashSet<>(Lexicon.NEGATION);
    for (String phrase : Lexicon.TERMINATIVE) {
      out.addAll(List.of(phrase.split(" ")));
    }
    out.remove("up");
    out.remove("give");
    out.add("cease");
    out.add("longer");
    return Set.copyOf(out);
  }

  /** Whether a negating or ending word stands within two words before position {@code i}. */
  static boolean negatedAt(List<String> clause, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (ENDING.contains(clause.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clauses of a word's short definitions (first {@value #GLOSS_SENSES} senses of each part of
   * speech, split at ";"), as lower-case words; clauses of more than {@value #GLOSS_WORDS} content
   * words are left out.
   */
  private static List<List<String>> clauses(String word) {
    return clauses(word, GLOSS_WORDS);
  }

  /** The clauses of a word's short definitions, of at most {@code most} content words each. */
  static List<List<String>> clauses(String word, int most) {
    List<List<String>> out = new ArrayList<>();
    WordNet.ask(
        word,
        dictionary -> {
          for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            IndexWord index = dictionary.lookupIndexWord(pos, word);
            if (index == null
                || word.indexOf(' ') > 0 && !index.getLemma().equalsIgnoreCase(word)) {
              // a name of two words is itself or nothing: "lay off" is not "layoff"
              continue;
            }
            List<Synset> senses = index.getSenses();
            for (int i = 0; i < Math.min(GLOSS_SENSES, senses.size()); i++) {
              String gloss = senses.get(i).getGloss();
              int quote = gloss.indexOf('"');
              for (String clause : (quote < 0 ? gloss : gloss.substring(0, quote)).split(";")) {
                List<String> tokens = WordNet.definitionWords(clause);
                long content = tokens.stream().filter(t -> !Lexicon.STOP.contains(t)).count();
                if (content > 0 && content <= most) {
                  out.add(tokens);
                }
              }
            }
          }
          return true;
        });
    return out;
  }

  /**
   * Covers the words of one side that say no more than a function word of the other: a verb whose
   * first sense is a light verb's ("owns": have, possess; "attends": go to) when the other says
   * something with a light verb ("has", "goes", "is"), which the rules do not count as content; an
   * adverb or adjective whose first sense holds a function word the other writes ("around" /
   * "about"); and a light verb's own forms the rules keep ("doing", "getting").
   */
  private static void light(Side a, Side b, List<String> how) {
    Set<String> written = new HashSet<>();
    for (String w : b.written) {
      written.add(w.toLowerCase(Locale.ROOT));
    }
    boolean lightVerb = written.stream().anyMatch(LIGHT_WRITTEN::contains);
    for (String w : a.statement.content()) {
      String surface = a.statement.surfaceOf(w);
      if (a.covered.contains(w) || a.value(w) || ValueKinds.person(w)) {
        continue;
      }
      if (Lexicon.STOP.contains(WordNet.verbLemma(surface)) && WordNet.verbForm(surface)) {
        a.cover(List.of(w));
      } else if (functionSense(surface, written, lightVerb)) {
        a.cover(List.of(w));
        how.add("'" + surface + "' says what a function word of the other says");
      }
    }
  }

  /**
   * Covers a word only one side holds that names what a word both hold is a kind of: "golden
   * retriever" / "golden retriever dog", "drinks tea" / "has tea, a drink".
   */
  private static void kinds(Side a, Side b, List<String> how) {
    for (String w : a.statement.content()) {
      if (a.covered.contains(w) || a.value(w) || b.statement.content().contains(w)) {
        continue;
      }
      for (String s : a.statement.content()) {
        if (!s.equals(w)
            && b.statement.content().contains(s)
            && !a.value(s)
            && WordNet.isKindOf(a.statement.surfaceOf(s), a.statement.surfaceOf(w))) {
          a.cover(List.of(w));
          how.add(
              "'" + a.statement.surfaceOf(s) + "' is a kind of '" + a.statement.surfaceOf(w) + "'");
          break;
        }
      }
    }
  }

  /** The rules' word for work, which "works as" holds. */
  private static final String WORK = Lexicon.canonical("work");

  /**
   * Covers "works" before "as" and a word for a person both sides name ("works as a programmer" /
   * "is a software engineer"): working as one is being one.
   */
  private static void roles(Side a, Side b, List<String> how) {
    if (a.covered.contains(WORK)
        || !a.statement.content().contains(WORK)
        || b.statement.content().contains(WORK)) {
      return;
    }
    for (String w : a.statement.content()) {
      if ("role".equals(a.statement.prepositions().get(w))
          && a.covered.contains(w)
          && !a.value(w)
          && personNoun(a.statement.surfaceOf(w))) {
        a.cover(List.of(WORK));
        how.add("works as '" + a.statement.surfaceOf(w) + "' is being one");
        return;
      }
    }
  }

  /** Whether a word's first sense as a noun is a person's ("programmer", "nurse"). */
  private static boolean personNoun(String surface) {
    return WordNet.ask(
        surface,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, surface);
          return noun != null
              && !noun.getSenses().isEmpty()
              && "noun.person".equals(noun.getSenses().get(0).getLexFileName());
        });
  }

  /** Parts of speech whose first sense may be a function word's: not nouns ("in" is an inch). */
  private static final List<POS> FUNCTION_PARTS = List.of(POS.VERB, POS.ADVERB, POS.ADJECTIVE);

  /**
   * Whether the first sense of a word, as a verb, adverb or adjective, holds a function word that
   * the other side writes, or a light verb when the other side writes one; a word WordNet holds as
   * a noun as written ("building", "father") is not read as a verb.
   */
  static boolean functionSense(String surface, Set<String> written, boolean lightVerb) {
    return WordNet.ask(
        surface,
        dictionary -> {
          IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, surface);
          boolean nounAsWritten = noun != null && noun.getLemma().equalsIgnoreCase(surface);
          for (POS pos : FUNCTION_PARTS) {
            if (pos == POS.VERB && nounAsWritten) {
              continue;
            }
            IndexWord index = dictionary.lookupIndexWord(pos, surface);
            if (index == null || index.getSenses().isEmpty()) {
              continue;
            }
            for (Word w : index.getSenses().get(0).getWords()) {
              String lemma = w.getLemma().toLowerCase(Locale.ROOT);
              int space = lemma.indexOf(' ');
              String head = space < 0 ? lemma : lemma.substring(0, space);
              if (head.equals(index.getLemma().toLowerCase(Locale.ROOT))) {
                continue;
              }
              if (pos == POS.VERB && LIGHT.contains(head) && lightVerb
                  || Lexicon.STOP.contains(lemma) && written.contains(lemma)) {
                return true;
              }
            }
          }
          return false;
        });
  }

  /** A statement's content words, the words as written, and its units; which words are covered. */
  static final class Side {
    final Statement statement;
    final List<String> written;
    final List<Unit> units;
    final Set<String> covered = new HashSet<>();

    private Side(Statement statement, List<String> written, List<Unit> units) {
      this.statement = statement;
      this.written = written;
      this.units = units;
    }

    static Side of(String text, Statement statement) {
      List<String> written = new ArrayList<>();
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        written.add(m.group());
      }
      List<String> content = statement.content();
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < content.size(); i++) {
        String w = content.get(i);
        boolean value = statement.values().contains(w);
        units.add(new Unit(List.of(w), value ? w : statement.surfaceOf(w), value));
        if (i + 1 < content.size() && !value && !statement.values().contains(content.get(i + 1))) {
          String pair = statement.surfaceOf(w) + " " + statement.surfaceOf(content.get(i + 1));
          String lemma = collocation(pair);
          if (lemma != null) {
            units.add(new Unit(List.of(w, content.get(i + 1)), lemma, false));
          }
        }
      }
      return new Side(statement, List.copyOf(written), List.copyOf(units));
    }

    boolean value(String w) {
      return statement.values().contains(w);
    }

    void cover(List<String> words) {
      covered.addAll(words);
    }

    /** The content words nothing on the other side matched. */
    Set<String> left() {
      Set<String> out = new java.util.LinkedHashSet<>();
      for (String w : statement.content()) {
        if (!covered.contains(w) && !"".equals(FUNCTION_WORDS.get(statement.surfaceOf(w)))) {
          out.add(w);
        }
      }
      return out;
    }

    /**
     * The content word of this statement that a definition's word spells: the same word as written,
     * another inflection of it ("working" / "works"), or the same number ("two" / "2"); null when
     * none does. Not by the rules' aliases, which join words a definition keeps apart ("vehicle" is
     * not "car", nor "occupation" "work").
     */
    String spelled(String token) {
      if (Lexicon.STOP.contains(token)) {
        return null;
      }
      String digits = NumberWords.digits(token);
      Set<String> lemmas = WordForms.lemmas(token);
      for (String w : statement.content()) {
        if (value(w)) {
          if (w.equals(token) || w.equals(digits)) {
            return w;
          }
          continue;
        }
        String surface = statement.surfaceOf(w);
        String function = FUNCTION_WORDS.get(token);
        if (surface.equals(token)
            || function != null
                && !function.isEmpty()
                && function.equals(FUNCTION_WORDS.get(surface))
            || WordForms.lemmas(surface).stream().anyMatch(lemmas::contains)
            || WordForms.related(surface, token)) {
          return w;
        }
      }
      return null;
    }

    /**
     * The content word a word as written is read as in this statement (a number word as its digits,
     * a plain word as its canonical form), or null when the statement holds no such word.
     */
    String contentOf(String written) {
      String w = written.toLowerCase(Locale.ROOT);
      List<String> content = statement.content();
      if (content.contains(w)) {
        return w;
      }
      String digits = NumberWords.digits(w);
      if (digits != null && content.contains(digits)) {
        return digits;
      }
      if (Lexicon.STOP.contains(w)) {
        return null;
      }
      String canonical = Lexicon.canonical(w);
      return content.contains(canonical) ? canonical : null;
    }
  }

  /**
   * WordNet's lemma of two words as one name ("mother tongue", "skin doctor", "board game"), or
   * null when WordNet holds none.
   */
  private static String collocation(String pair) {
    String p = pair.toLowerCase(Locale.ROOT);
    String[] found = new String[1];
    WordNet.ask(
        p,
        dictionary -> {
          for (POS pos : List.of(POS.NOUN, POS.VERB)) {
            IndexWord index = dictionary.lookupIndexWord(pos, p);
            if (index != null && index.getLemma().indexOf(' ') > 0) {
              found[0] = index.getLemma().toLowerCase(Locale.ROOT);
              return true;
            }
          }
          return false;
        });
    return found[0];
  }

  /**
   * One word, or two WordNet names as one ("mother tongue"), with its text for look-ups; a value
   * (name, number) matches only itself or another writing of its number.
   */
  record Unit(List<String> words, String text, boolean value) {}
}
