package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.POS;

/**
 * The things a statement says something about, read to find the memories a change may replace when
 * its wording is too unlike theirs for the embeddings to bring them close ("Customer on Pro plan,
 * billed monthly" / "Cust moved to the Enterprise plan", cosine 0.31; "Dedicated CSM: Laura" /
 * "Customer's success manager is now Ben", 0.29). Whether such a pair is a change is the rules'
 * call: this only says which memories are worth comparing.
 *
 * <p>A statement's <em>attribute nouns</em> are the words, in the sentence form the rules read
 * ({@link Notes}), that WordNet knows as nouns and not as adjectives ("plan", "router", "status";
 * not "favourite", "home", "active", which qualify or value a thing rather than name it, nor "now",
 * "yesterday", which WordNet also reads as adverbs), other than: the subject and, when the subject
 * is not a possessive ("User's plan …"), its verb ("User banks with …", "Account suspended …");
 * what follows the copula of "S's X is V", the value; names (capitalized past the first word),
 * numbers, stop words, people (relatives and roles), and time periods ("month", "year"). Two
 * statements share an attribute when they have such a noun in common (the same canonical form,
 * {@link Lexicon#canonical}), or when an acronym one of them writes is spelled by the initials of a
 * run of the other's words as written ({@link Acronyms}: "CSM" / "Customer's success manager").
 */
final class Attributes {
  private Attributes() {}

  /** A word as written: letters, digits, hyphens, apostrophes. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  private static final Set<String> COPULA = Set.of("is", "are", "was", "were");

  /** The longest run of words whose initials an acronym is read from. */
  private static final int RUN = 4;

  /** The canonical forms of a text's attribute nouns. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String noun : nouns(text)) {
      out.add(Lexicon.canonical(noun));
    }
    return out;
  }

  /**
   * The words to ask the keyword index for, for memories that may share an attribute with the text:
   * its attribute nouns as written, its acronyms, and the initials of the runs of its words that an
   * acronym of another memory may abbreviate ("Customer's success manager" → "csm").
   */
  static List<String> queryWords(String text) {
    Set<String> out = new LinkedHashSet<>(nouns(text));
    for (String w : written(text)) {
      if (Acronyms.acronym(w)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    out.addAll(initialisms(written(text)));
    return List.copyOf(out);
  }

  /** The most content words of a terse change ("Cust moved to the Enterprise plan": 3). */
  static final int TERSE_CHANGE = 6;

  /** The most content words of a terse memory a terse change is compared with. */
  static final int TERSE_MEMORY = 8;

  /**
   * Whether a statement is a terse change, the kind worth comparing with memories it shares only an
   * attribute with: a change word other than "new" ("now", "moved", "switched", {@link
   * Lexicon#CHANGE}) or a thing given up ({@link Statement#givenUp}), and at most {@value
   * #TERSE_CHANGE} content words. Longer statements (a conversation's "Tim felt so inspired and
   * like they got a new lease of life") share nouns with many memories they do not replace.
   */
  static boolean terseChange(String text) {
    String sentence = Readings.sentence(text).strip();
    if (sentence.isEmpty() || !Character.isLetter(sentence.charAt(0))) {
      // an aside or a caption, "(photo: a sign that says never give up)": no one's change
      return false;
    }
    Statement s = Readings.statement(text);
    return (s.changeWords().stream().anyMatch(w -> !w.equals(NEW)) || !s.givenUp().isEmpty())
        && !s.content().isEmpty()
        && s.content().size() <= TERSE_CHANGE;
  }

  /**
   * "new" describes a thing as new ("a new lease of life", "the new team's style"): alone, it does
   * not say that one value replaced another.
   */
  private static final String NEW = "new";

  /**
   * Whether a memory may be compared with a terse change for an attribute shared by name alone: it
   * is terse too (at most {@value #TERSE_MEMORY} content words) and about the same one (the same
   * name it opens with, or none on both: "Maria …" is not compared with "John's passion …").
   */
  static boolean comparable(String change, String memory) {
    Statement m = Readings.statement(memory);
    return m.content().size() <= TERSE_MEMORY
        && Objects.equals(m.subject(), Readings.statement(change).subject());
  }

  /** Whether two texts share an attribute: a noun in common, or an acronym spelled out. */
  static boolean shared(String a, String b) {
    Set<String> first = of(a);
    if (!first.isEmpty()) {
      for (String w : of(b)) {
        if (first.contains(w)) {
          return true;
        }
      }
    }
    return spelled(a, b) || spelled(b, a);
  }

  /**
   * Whether an acronym of {@code a} abbreviates a run of words of {@code b}, as written or in the
   * sentence form (a note's "CSM" and "Customer's success manager").
   */
  private static boolean spelled(String a, String b) {
    List<String> acronyms = written(a).stream().filter(Acronyms::acronym).toList();
    if (acronyms.isEmpty()) {
      return false;
    }
    List<String> asWritten = written(b);
    List<String> asSentence = written(Readings.sentence(b));
    for (String acronym : acronyms) {
      if (Acronyms.expansion(acronym, asWritten).isPresent()
          || Acronyms.expansion(acronym, asSentence).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The initials of each run of two to {@value #RUN} words that may name a thing: capitalized, the
   * subject's word ("customer"), or nouns that are no inflected verb, none a stop word.
   */
  private static List<String> initialisms(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int start = 0; start < words.size(); start++) {
      StringBuilder letters = new StringBuilder();
      for (int i = start; i < Math.min(words.size(), start + RUN); i++) {
        String w = words.get(i);
        String lower = bare(w.toLowerCase(Locale.ROOT));
        boolean named = Character.isUpperCase(w.charAt(0));
        if (!Character.isLetter(w.charAt(0))
            || !Notes.SUBJECT_WORDS.contains(lower)
                && (Lexicon.STOP.contains(lower)
                    || !named && (!noun(lower) || WordNet.verbForm(lower)))) {
          break;
        }
        letters.append(Character.toLowerCase(w.charAt(0)));
        if (letters.length() >= 2) {
          out.add(letters.toString());
        }
      }
    }
    return out;
  }

  /** The attribute nouns of a text, lower case, in order. */
  static List<String> nouns(String text) {
    List<String> words = written(Readings.sentence(text));
    if (words.isEmpty()) {
      return List.of();
    }
    int start = words.get(0).equalsIgnoreCase("the") && words.size() > 1 ? 1 : 0;
    String subject = bare(words.get(start).toLowerCase(Locale.ROOT));
    int from = start;
    if (Notes.SUBJECT_WORDS.contains(subject)
        || Character.isUpperCase(words.get(start).charAt(0)) && !noun(subject)) {
      // "User …", "Diego's …": the one the memories are about says nothing of what changed
      from = start + 1;
    }
    int end = words.size();
    int verb = -1;
    if (possessive(words.get(start))) {
      // "User's account status is active": the attribute is what comes before the copula
      for (int i = start + 1; i < words.size(); i++) {
        if (COPULA.contains(words.get(i).toLowerCase(Locale.ROOT))) {
          end = i;
          break;
        }
      }
    } else {
      List<String> lower = words.stream().map(w -> bare(w.toLowerCase(Locale.ROOT))).toList();
      verb = Slot.verbIndex(lower, start + 1);
    }
    List<String> out = new ArrayList<>();
    for (int i = from; i < end; i++) {
      String w = words.get(i);
      String lower = bare(w.toLowerCase(Locale.ROOT));
      if (i == verb
          || i > start && Character.isUpperCase(w.charAt(0))
          || !WordNet.plain(lower)
          || Lexicon.STOP.contains(lower)
          || Lexicon.GENERIC.contains(lower)
          || ValueKinds.person(Lexicon.canonical(lower))
          || !noun(lower)
          || adjective(lower)
          || adverb(lower)
          || WordNet.period(lower)) {
        continue;
      }
      out.add(lower);
    }
    return out;
  }

  private static boolean possessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s");
  }

  /** The words of a text as written, in order. */
  static List<String> written(String text) {
    Matcher m = WORD.matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A word without a possessive "'s" and the punctuation around it. */
  private static String bare(String w) {
    String out = w.replaceAll("['’]s$", "");
    return out.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static final Cache<String, Boolean> KINDS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether WordNet reads a lower-case word as a noun (a plural included). */
  private static boolean noun(String w) {
    return WordNet.plain(w)
        && KINDS.get("n|" + w, k -> WordNet.ask(w, d -> d.lookupIndexWord(POS.NOUN, w) != null));
  }

  /** Whether WordNet reads a lower-case word as an adverb ("now", "yesterday"). */
  private static boolean adverb(String w) {
    return KINDS.get("r|" + w, k -> WordNet.ask(w, d -> d.lookupIndexWord(POS.ADVERB, w) != null));
  }

  /** Whether WordNet reads a lower-case word as an adjective. */
  private static boolean adjective(String w) {
    return KINDS.get(
        "a|" + w, k -> WordNet.ask(w, d -> d.lookupIndexWord(POS.ADJECTIVE, w) != null));
  }
}
