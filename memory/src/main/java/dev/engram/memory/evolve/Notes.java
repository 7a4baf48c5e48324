package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.POS;

/**
 * A terse note, as a support bot or a CRM agent writes it, rewritten in the sentence form the rules
 * read ("User's shipping address is 12 Harbour St"), before it is read ({@link Readings}). Memories
 * are kept per user, so a note names no one or names the one it is about as the customer; the rules
 * were written for facts that open with "User".
 *
 * <ul>
 *   <li>A label and its value ("Account owner: Dana Ruiz", "Billing address: PO Box 77") say that
 *       the subject's attribute is the value: "User's account owner is Dana Ruiz". A label is a few
 *       words with no verb of a sentence in it ("User has three kids: …", "Customer said: …" are
 *       sentences), no number ("Ticket #4411: …" names an item, not an attribute), and the value is
 *       not a sentence of its own (a speaker's line: "Maria: I moved …").
 *   <li>A label on the note itself ("Note: …", "FYI: …", "Update: …") is dropped.
 *   <li>The subject written as the customer or the client ("Customer's plan …", "The client pays
 *       …", "Cust moved …") is "User", the word the rules read as the one the memories are about.
 *   <li>A note that opens with its verb ("Prefers email contact", "Opted out of marketing emails")
 *       is about the subject: "User prefers email contact".
 *   <li>Words of note-taking abbreviated ("Acct", "Cust") are written out.
 * </ul>
 *
 * <p>A sentence that opens with "User" or a name, and a colon that is no label's (a time, "10:30";
 * an address, "https://…"), are left as written.
 */
final class Notes {
  private Notes() {}

  /** The word the rules read as the one the memories are about. */
  static final String SUBJECT = "User";

  /** A label of a few words, a colon, a space and the value. */
  private static final Pattern LABELLED =
      Pattern.compile(
          "^\\s*(\\p{L}[\\p{L}\\p{N}&/'’.#-]*(?:\\s+[\\p{L}\\p{N}&/'’.#-]+){0,4})\\s*:\\s+(\\S.*)$",
          Pattern.DOTALL);

  /** Labels on the note itself, not on an attribute of its subject. */
  private static final Set<String> ABOUT_THE_NOTE =
      Set.of(
          "note",
          "notes",
          "nb",
          "fyi",
          "update",
          "reminder",
          "summary",
          "comment",
          "remark",
          "ps",
          "info",
          "important");

  /** Words of a sentence that a label has not: verbs of being and having, pronouns, negations. */
  private static final Set<String> SENTENCE_WORDS =
      Set.of(
          "is", "are", "am", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
          "will", "would", "can", "could", "should", "may", "might", "must", "i", "we", "you", "he",
          "she", "they", "it", "me", "us", "him", "them", "not", "never", "no");

  /** The words a note names its subject with, lower case. */
  static final Set<String> SUBJECT_WORDS = Set.of("user", "customer", "client");

  /** The subject opening a statement as the customer or the client: "The client's", "Customer". */
  private static final Pattern CUSTOMER =
      Pattern.compile(
          "^(\\s*)(?:the\\s+)?(?:customer|client)(?=['’]s\\b|\\s)", Pattern.CASE_INSENSITIVE);

  /** Note-taking abbreviations and what they abbreviate. */
  private static final Pattern ABBREVIATED =
      Pattern.compile("\\b(?:(cust)|(acct))(s?)\\b\\.?", Pattern.CASE_INSENSITIVE);

  private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}[\\p{L}-]*['’]s");

  /** The opening word and the rest of a statement. */
  private static final Pattern OPENING =
      Pattern.compile("^(\\s*)(\\p{L}\\p{Ll}+)(\\s+\\S.*)$", Pattern.DOTALL);

  /** The note in the sentence form the rules read; a sentence as it is. */
  static String sentence(String text) {
    if (text.isBlank()) {
      return text;
    }
    String out = written(text);
    out = labelled(out);
    out = CUSTOMER.matcher(out).replaceFirst("$1" + SUBJECT);
    return verbFirst(out);
  }

  /** The text with note-taking abbreviations written out: "Cust" is "Customer". */
  private static String written(String text) {
    return Numerals.replace(
        ABBREVIATED,
        text,
        m -> {
          String word = m.group(1) != null ? m.group(1) : m.group(2);
          String full = (m.group(1) != null ? "customer" : "account") + m.group(3);
          return Character.isUpperCase(word.charAt(0))
              ? Character.toUpperCase(full.charAt(0)) + full.substring(1)
              : full;
        });
  }

  /** "Label: value" as "User's label is value"; a label on the note dropped; else the text. */
  private static String labelled(String text) {
    Matcher m = LABELLED.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String label = m.group(1).strip();
    String value = m.group(2).strip();
    List<String> words = Arrays.asList(label.split("\\s+"));
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (words.size() == 1 && ABOUT_THE_NOTE.contains(bare(lower.get(0)))) {
      return labelled(value);
    }
    if (!label(words, lower) || opensSentence(value.split("\\s+", 2)[0])) {
      return text;
    }
    if (POSSESSIVE.matcher(words.get(0)).matches()) {
      // "Customer's industry: healthcare"
      return label + " is " + value;
    }
    String first = words.get(0);
    String opening = TITLE_CASE.matcher(first).matches() ? first.toLowerCase(Locale.ROOT) : first;
    String rest = label.substring(first.length());
    return SUBJECT + "'s " + opening + rest + " is " + value;
  }

  /**
   * Whether the words before a colon are a label: no number, no word only a sentence has, no
   * inflected verb after its first word that is no noun ("Customer asked: …", "User said: …").
   */
  private static boolean label(List<String> words, List<String> lower) {
    for (int i = 0; i < words.size(); i++) {
      String w = lower.get(i);
      if (w.chars().anyMatch(Character::isDigit) || SENTENCE_WORDS.contains(w)) {
        return false;
      }
      if (i > 0 && inflectedVerb(w)) {
        // "Customer asked: …", "User said: …"; not "Payment terms: …"
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value's first word opens a sentence of its own: a pronoun, a verb of being or having,
   * a subject word, or a verb inflected for the past or the third person ("Maria: went hiking").
   */
  private static boolean opensSentence(String firstWord) {
    String w = bare(firstWord.toLowerCase(Locale.ROOT));
    return SENTENCE_WORDS.contains(w) || SUBJECT_WORDS.contains(w) || inflectedVerb(w);
  }

  /**
   * A note opening with its verb, inflected ("Prefers email contact", "Opted out of …"), as a
   * sentence about the subject: "User prefers email contact". Not a word for people ("Kids love
   * …"), whose note has its own subject; a plural noun that may be read as a verb ("Invoices in
   * EUR") is read as one, which changes none of the note's content words.
   */
  private static String verbFirst(String text) {
    Matcher m = OPENING.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String w = m.group(2).toLowerCase(Locale.ROOT);
    boolean inflected = w.endsWith("s") || w.endsWith("ed");
    if (!inflected
        || SUBJECT_WORDS.contains(w)
        || ValueKinds.person(Lexicon.canonical(w))
        || !WordNet.verbForm(w)) {
      return text;
    }
    return m.group(1) + SUBJECT + " " + w + m.group(3);
  }

  /**
   * Whether a lower-case word is an inflected verb that is no noun ("said", "went", "loves"), or
   * one in "-ed" ("asked"); not "terms" or "emails", which name things.
   */
  private static boolean inflectedVerb(String w) {
    return WordNet.verbForm(w) && (w.endsWith("ed") || !noun(w));
  }

  private static final Cache<String, Boolean> NOUNS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether WordNet reads a lower-case word as a noun (a plural included: "invoices"). */
  private static boolean noun(String w) {
    return WordNet.plain(w)
        && NOUNS.get(w, k -> WordNet.ask(k, d -> d.lookupIndexWord(POS.NOUN, k) != null));
  }

  /** A word without the punctuation around it. */
  private static String bare(String w) {
    return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }
}
