package dev.engram.memory.search;

import dev.engram.memory.evolve.Kinds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The category a list question asks for, and whether a memory names one of its kinds. "What
 * instruments does Melanie play?" is answered by "I play the clarinet", "Which cities has John been
 * to?" by "Chicago was amazing": the answers name instances of the category and never the category
 * itself, so neither keyword search (no shared word) nor the embedding (one word of many) ranks
 * them. WordNet's noun hierarchy ({@link Kinds}) tells which words are kinds of the category.
 *
 * <p>The category is the noun phrase between an opening "what" or "which" and the question's
 * auxiliary verb ("What <b>European countries</b> has Maria been to?"), after "types of" and the
 * like ("What types of <b>yoga</b> ..."): its last two words as a compound ("martial arts"), else
 * its last word. A category too general to tell anything ("activities", "things", "events") has no
 * kinds and the question is left alone.
 */
final class QueryKinds {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  /** Words that open a question asking for members of a category. */
  private static final Set<String> OPENERS = Set.of("what", "which");

  /** Auxiliary and modal verbs that end the category's noun phrase. */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "does", "do", "did", "is", "are", "was", "were", "can", "could",
          "would", "will", "should", "might", "may");

  /** Words of a noun phrase after which the category follows "of" ("types of yoga"). */
  private static final Set<String> SORTS =
      Set.of("type", "types", "kind", "kinds", "sort", "sorts", "form", "forms");

  /** "types of yoga", "kinds of art": a list of the kinds of a noun written in the singular. */
  private static final Pattern KINDS_OF = Pattern.compile("(?i)\\b(types|kinds|sorts|forms) of\\b");

  /** Most words a category's noun phrase may hold. */
  static final int MAX_PHRASE = 4;

  /** Shortest word of a memory that is looked up as a possible kind. */
  static final int MIN_WORD = 3;

  private final Kinds.Category category;

  private QueryKinds(Kinds.Category category) {
    this.category = category;
  }

  /**
   * The category a question asks for, when it has one with kinds and asks for it in the plural: a
   * list question ("What instruments does she play?") is answered by every instance the memories
   * name, while a singular one ("Which medication do I take at breakfast?") asks for one of them,
   * and lifting all its kinds alike would lift the others with it. "What types of yoga ..." asks
   * for a list too.
   */
  static Optional<QueryKinds> of(String query) {
    for (String noun : nouns(query)) {
      Kinds.Category category = Kinds.category(noun);
      if (!category.isEmpty()) {
        return Kinds.plural(noun) || KINDS_OF.matcher(query).find()
            ? Optional.of(new QueryKinds(category))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The category nouns of a question, most specific first (the phrase's last two words, then its
   * last word), lower-case; empty when it asks for no category.
   */
  static List<String> nouns(String query) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    if (words.size() < 3 || !OPENERS.contains(words.get(0))) {
      return List.of();
    }
    List<String> phrase = new ArrayList<>();
    for (String word : words.subList(1, words.size())) {
      if (AUXILIARIES.contains(word)) {
        break;
      }
      if (word.equals("of") && !phrase.isEmpty() && SORTS.contains(phrase.getLast())) {
        phrase.clear();
        continue;
      }
      phrase.add(word);
      if (phrase.size() > MAX_PHRASE) {
        return List.of();
      }
    }
    if (phrase.isEmpty() || phrase.size() == words.size() - 1 || SORTS.contains(phrase.getLast())) {
      return List.of();
    }
    String last = phrase.getLast();
    return phrase.size() > 1
        ? List.of(phrase.get(phrase.size() - 2) + " " + last, last)
        : List.of(last);
  }

  /**
   * Whether a memory's text names a kind of the category, as a word or a two-word name. Function
   * words are not looked up ("was" would be Washington, "does" does), and a name WordNet writes
   * capitalized counts only where the text does ("May", not "may").
   */
  boolean named(String text) {
    String previous = null;
    boolean previousCapital = false;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String written = m.group();
      String word = written.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(written.charAt(0));
      if (previous != null && kind(previous + " " + word, previousCapital && capital)) {
        return true;
      }
      if (word.length() >= MIN_WORD && !FUNCTION_WORDS.contains(word) && kind(word, capital)) {
        return true;
      }
      previous = FUNCTION_WORDS.contains(word) ? null : word;
      previousCapital = capital;
    }
    return false;
  }

  /**
   * Whether a word (or its singular) is written for a meaning of the category and its most frequent
   * noun meaning is one: most words of a text are no word of the category and are passed over by a
   * set look-up.
   */
  private boolean kind(String word, boolean capital) {
    for (String form : forms(word)) {
      if (category.words().contains(form)
          && Kinds.meaning(form)
              .filter(meaning -> capital || !meaning.name())
              .filter(meaning -> category.meanings().contains(meaning.offset()))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word and, for a plural, its singular forms ("cities" → city, "boxes" → box, "dogs" → dog).
   */
  static List<String> forms(String word) {
    if (word.length() > 3 && word.endsWith("ies")) {
      return List.of(word, word.substring(0, word.length() - 3) + "y");
    }
    if (word.length() > 3 && word.endsWith("es")) {
      return List.of(
          word, word.substring(0, word.length() - 2), word.substring(0, word.length() - 1));
    }
    if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
      return List.of(word, word.substring(0, word.length() - 1));
    }
    return List.of(word);
  }

  /**
   * Words never looked up as kinds: the index's stop words, question syntax ({@link
   * KeywordQuery#QUESTION_WORDS}) and pronouns.
   */
  static final Set<String> FUNCTION_WORDS = functionWords();

  private static Set<String> functionWords() {
    Set<String> words = new HashSet<>(KeywordQuery.QUESTION_WORDS);
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(
        w -> words.add(w instanceof char[] chars ? new String(chars) : w.toString()));
    words.addAll(
        List.of(
            "its", "his", "her", "hers", "him", "she", "you", "your", "yours", "our", "ours", "we",
            "they", "them", "their", "theirs", "mine", "myself", "been", "being", "also", "just",
            "too", "very", "so", "than"));
    return Set.copyOf(words);
  }
}
