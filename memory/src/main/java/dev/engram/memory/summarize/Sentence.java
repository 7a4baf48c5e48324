package dev.engram.memory.summarize;

import dev.engram.memory.Stemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a message with what the extractive summarizer scores it by: its content words and
 * whether it states a first-person fact, a decision or plan, a question, names or numbers.
 *
 * @param position order in the conversation (message order, then sentence order)
 * @param messageId the message it comes from
 * @param role who said it
 * @param text the sentence as said (trimmed)
 * @param terms its content words, lower case, lightly stemmed, in order (may repeat)
 * @param firstPersonFact says something about the speaker ("I work…", "my sister…")
 * @param decision a decision, plan or commitment ("we decided", "I will", "let's")
 * @param question asks something
 * @param specifics names (capitalized words not opening the sentence) and numbers
 */
record Sentence(
    int position,
    String messageId,
    String role,
    String text,
    List<String> terms,
    boolean firstPersonFact,
    boolean decision,
    boolean question,
    int specifics) {

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.:/]*\\b");
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "\\b(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|my|mine|we|we're|we’re|we've|we’ve|our)\\b");
  private static final Pattern DECISION =
      Pattern.compile(
          "\\b(decided|decide|decision|agreed|agree|will|won't|going to|gonna|plan|plans|planning"
              + "|planned|let's|let’s|need to|have to|must|should|scheduled|booked|promise|"
              + "remind|deadline|tomorrow|next (week|month|year|time)|from now on)\\b");

  /** Words that carry no content on their own. */
  static final Set<String> STOP =
      Set.copyOf(
          List.of(
              "a",
              "an",
              "the",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "am",
              "do",
              "does",
              "did",
              "has",
              "have",
              "had",
              "i",
              "me",
              "my",
              "mine",
              "you",
              "your",
              "yours",
              "he",
              "she",
              "they",
              "them",
              "their",
              "his",
              "her",
              "its",
              "it",
              "we",
              "us",
              "our",
              "this",
              "that",
              "these",
              "those",
              "there",
              "here",
              "and",
              "or",
              "but",
              "so",
              "which",
              "who",
              "what",
              "when",
              "where",
              "why",
              "how",
              "if",
              "then",
              "than",
              "just",
              "also",
              "too",
              "very",
              "really",
              "to",
              "in",
              "at",
              "on",
              "of",
              "by",
              "for",
              "with",
              "as",
              "from",
              "into",
              "about",
              "would",
              "will",
              "can",
              "could",
              "should",
              "may",
              "might",
              "must",
              "some",
              "any",
              "all",
              "more",
              "most",
              "other",
              "such",
              "much",
              "many",
              "not",
              "no",
              "yes",
              "i'm",
              "i’m",
              "it's",
              "it’s",
              "that's",
              "that’s",
              "you're",
              "you’re",
              "i've",
              "i’ve",
              "i'll",
              "i’ll",
              "don't",
              "don’t",
              "can't",
              "can’t",
              "get",
              "got",
              "go",
              "going",
              "know",
              "think",
              "thing",
              "things",
              "like",
              "well",
              "oh",
              "um",
              "uh",
              "one",
              "lot",
              "kind",
              "sort",
              "maybe",
              "definitely",
              "totally",
              "pretty",
              "quite",
              "let",
              "let's",
              "let’s",
              "sure",
              "ok",
              "okay",
              "yeah",
              "yep",
              "hmm",
              "said",
              "say",
              "tell",
              "told"));

  /**
   * Greetings, thanks and small talk: a sentence made only of these (and stop words) is dropped.
   */
  static final Set<String> FILLER =
      Set.copyOf(
          List.of(
              "hi",
              "hello",
              "hey",
              "hiya",
              "thanks",
              "thank",
              "thx",
              "cheers",
              "bye",
              "goodbye",
              "good",
              "morning",
              "afternoon",
              "evening",
              "night",
              "great",
              "awesome",
              "cool",
              "nice",
              "wow",
              "lol",
              "haha",
              "hah",
              "welcome",
              "problem",
              "worries",
              "glad",
              "happy",
              "hear",
              "see",
              "soon",
              "later",
              "care",
              "take",
              "great",
              "amazing",
              "fantastic",
              "wonderful",
              "sounds",
              "exactly",
              "right",
              "true",
              "agreed",
              "absolutely",
              "indeed",
              "sorry",
              "please",
              "doing",
              "fine",
              "hope",
              "chat",
              "talk",
              "talking",
              "catch",
              "again",
              "day",
              "today",
              "long",
              "time",
              "anyway",
              "help",
              "awesome",
              "appreciate",
              "it",
              "means",
              "enjoy",
              "hearing"));

  /** The sentences of one message, starting at the given conversation position. */
  static List<Sentence> split(String messageId, String role, String content, int firstPosition) {
    List<Sentence> out = new ArrayList<>();
    int position = firstPosition;
    for (String raw : BOUNDARY.split(content.strip())) {
      String text = raw.strip();
      if (!text.isEmpty()) {
        out.add(of(position++, messageId, role, text));
      }
    }
    return out;
  }

  static Sentence of(int position, String messageId, String role, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> terms = new ArrayList<>();
    int specifics = 0;
    Matcher words = WORD.matcher(text);
    boolean first = true;
    boolean onlyFiller = true;
    while (words.find()) {
      String word = words.group();
      String term = word.toLowerCase(Locale.ROOT);
      if (!STOP.contains(term)) {
        if (!FILLER.contains(term)) {
          onlyFiller = false;
          terms.add(Stemmer.stem(term));
        }
        if (!first && Character.isUpperCase(word.charAt(0))) {
          specifics++;
        }
      }
      first = false;
    }
    Matcher numbers = NUMBER.matcher(text);
    while (numbers.find()) {
      specifics++;
    }
    return new Sentence(
        position,
        messageId,
        role,
        text,
        onlyFiller ? List.of() : List.copyOf(terms),
        FIRST_PERSON.matcher(lower).find(),
        DECISION.matcher(lower).find(),
        text.endsWith("?"),
        specifics);
  }

  /** Filler: greetings, thanks, acknowledgements, small talk; fewer than two content words. */
  boolean isFiller() {
    return terms.size() < 2;
  }
}
