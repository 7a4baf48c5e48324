package dev.engram.memory.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence's opening "it" or "they" stands for, read from the sentence before it in the same
 * message: "I'm reading "Dune" by Frank Herbert. It's a great story about religion" says ""Dune" is
 * a great story about religion"; "The kids loved it! They were so excited to get their hands dirty"
 * says "The kids were so excited …". A pronoun is a stop word, so a statement left with it names
 * nothing the rules or a search can hold it by, and two such statements ("It was great and helped
 * clear John's head", "They were great, their smiles warmed Maria's heart") read as one attribute.
 * Without a noun phrase of the right number in the sentence before, or where "it" is the empty
 * subject of what follows ("It's important to support each other", "It was amazing seeing the
 * community come together"), the sentence is left as said.
 */
final class Antecedents {
  private Antecedents() {}

  /** "It" with the verb after it: the contraction, a verb of being, or any other verb. */
  private static final Pattern IT =
      Pattern.compile("^(it)(?:['’]s\\b|(?=\\s))(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern THEY =
      Pattern.compile(
          "^(they)(?:['’](re|ve|ll|d)\\b|(?=\\s))(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * "It" as the empty subject of a clause or a verb in -ing that follows what is said of it: "It's
   * important to …", "It was so cool seeing …", "It's a great way to …", "It takes courage to …".
   */
  private static final Pattern EMPTY_IT =
      Pattern.compile(
          "^it(?:['’]s|\\s+(?:is|was|feels|felt|seems|seemed|would be|will be|has been|had been"
              + "|takes|took|makes|made))(?:\\s+been)?"
              + "(?:\\s+(?:so|really|very|such|pretty|super|just|also|always|definitely|truly|quite"
              + "|honestly|totally|absolutely|not|never))*"
              + "(?:\\s+[\\p{L}'’-]+){1,3}?[,]?\\s+(?:to|that|how|when|what|why|where|if|whether"
              + "|since|\\p{L}+ing)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A title in quotes: ""Charlotte's Web"", "“Becoming Nicole”". */
  private static final Pattern TITLE = Pattern.compile("[\"“]([^\"“”]{2,60})[\"”]");

  /** A determiner and up to three plain words after it. */
  private static final Pattern PHRASE =
      Pattern.compile(
          "\\b(a|an|the|this|that|my|our)\\s+(\\p{Ll}[\\p{Ll}'’+-]*(?:\\s+\\p{Ll}[\\p{Ll}'’+-]*){0,2})",
          Pattern.CASE_INSENSITIVE);

  /** A plural noun phrase: a determiner, up to two words, a noun in -s. */
  private static final Pattern PLURAL =
      Pattern.compile(
          "\\b(the|my|our|these|those|his|her|their)\\s+((?:[a-z][a-z'’-]*\\s+){0,2}[a-z][a-z-]*[^s's]s)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Two names joined by "and": "Luna and Oliver". */
  private static final Pattern TWO_NAMES =
      Pattern.compile("\\b(\\p{Lu}\\p{Ll}+ and \\p{Lu}\\p{Ll}+)\\b");

  /**
   * Words that end a noun phrase: times, adverbs, and the past forms of common verbs ("the kids
   * loved", "my grandma gave").
   */
  private static final Set<String> ENDS_PHRASE =
      Set.of(
          "yesterday",
          "last",
          "next",
          "every",
          "today",
          "tonight",
          "tomorrow",
          "recently",
          "again",
          "once",
          "twice",
          "together",
          "lately",
          "now",
          "anymore",
          "ever",
          "week",
          "weekend",
          "month",
          "year",
          "night",
          "went",
          "got",
          "gave",
          "made",
          "took",
          "had",
          "saw",
          "came",
          "left",
          "felt",
          "taught",
          "brought",
          "kept",
          "told",
          "said",
          "ran");

  /** The clause with its opening "it" or "they" put as what it stands for; as said otherwise. */
  static String resolve(String clause, String previous) {
    if (previous == null || previous.isBlank()) {
      return clause;
    }
    Matcher it = IT.matcher(clause);
    if (it.matches() && !EMPTY_IT.matcher(clause).find()) {
      Optional<String> thing = singular(previous);
      if (thing.isPresent()) {
        String rest = it.group(2);
        boolean contracted = clause.length() > 2 && clause.charAt(2) != ' ';
        String verb = contracted ? (perfect(rest) ? " has" : " is") : "";
        return thing.get() + verb + rest;
      }
      return clause;
    }
    Matcher they = THEY.matcher(clause);
    if (they.matches()) {
      Optional<String> people = plural(previous);
      if (people.isPresent()) {
        String contraction = they.group(2);
        String verb =
            contraction == null
                ? ""
                : switch (contraction.toLowerCase(Locale.ROOT)) {
                  case "re" -> " are";
                  case "ve" -> " have";
                  case "ll" -> " will";
                  default -> " would";
                };
        return people.get() + verb + they.group(3);
      }
    }
    return clause;
  }

  /** Whether the words after "it's" make a perfect ("it's been", "it's made"): "'s" is "has". */
  private static boolean perfect(String rest) {
    String next = rest.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return PARTICIPLES.contains(next) || next.endsWith("ed") && next.length() > 4;
  }

  /** Past participles not in -ed that "it's" may stand before. */
  private static final Set<String> PARTICIPLES =
      Set.of(
          "been", "got", "gotten", "made", "done", "gone", "taken", "given", "shown", "had",
          "become", "brought", "taught", "kept", "left", "grown", "helped");

  /**
   * The thing "it" stands for: a title in quotes, else the last noun phrase of the sentence with a
   * singular head ("a pottery class" → "The pottery class").
   */
  static Optional<String> singular(String previous) {
    Matcher title = TITLE.matcher(previous);
    if (title.find()) {
      return Optional.of("\"" + title.group(1) + "\"");
    }
    String last = null;
    Matcher m = PHRASE.matcher(previous);
    while (m.find()) {
      String phrase = trimmed(m.group(2));
      if (phrase == null) {
        continue;
      }
      String head = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (head.endsWith("s") && !head.endsWith("ss")) {
        continue;
      }
      String determiner = m.group(1).toLowerCase(Locale.ROOT);
      last =
          (determiner.equals("a") || determiner.equals("an") ? "the" : determiner) + " " + phrase;
    }
    return Optional.ofNullable(last).map(Antecedents::capitalize);
  }

  /** The people or things "they" stand for: two names, else the first plural noun phrase. */
  static Optional<String> plural(String previous) {
    Matcher names = TWO_NAMES.matcher(previous);
    if (names.find()) {
      return Optional.of(names.group(1));
    }
    Matcher m = PLURAL.matcher(previous);
    while (m.find()) {
      String phrase = trimmed(m.group(2));
      if (phrase != null && phrase.equals(m.group(2))) {
        return Optional.of(capitalize(m.group(1).toLowerCase(Locale.ROOT) + " " + phrase));
      }
    }
    return Optional.empty();
  }

  /**
   * The words of a phrase up to the first that cannot be in it (a function word, a time, a past
   * verb, an adverb in -ly, a possessive); null when none is left.
   */
  private static String trimmed(String words) {
    StringBuilder out = new StringBuilder();
    for (String word : words.split("\\s+")) {
      String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (Statements.contentWords(lower) == 0
          || ENDS_PHRASE.contains(lower)
          || lower.endsWith("ly")
          || lower.endsWith("ed")
          || lower.endsWith("'s")
          || lower.endsWith("n't")) {
        break;
      }
      out.append(out.isEmpty() ? "" : " ").append(word);
    }
    return out.isEmpty() ? null : out.toString();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
