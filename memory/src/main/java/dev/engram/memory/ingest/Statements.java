package dev.engram.memory.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule extractor's general case: an informative sentence that fits none of the first-person
 * templates ("Last week I went camping with my kids", "Emma starts school next week", "We adopted a
 * puppy") is kept as said, rewritten in the third person ("Last week User went camping with User's
 * kids"). A sentence is informative when it holds at least {@value #MIN_CONTENT} content words and
 * is neither a pleasantry ("That's great!", "Sounds fun") nor about the person spoken to ("Your
 * garden looks lovely"): what a user says about someone else is their business, what they say about
 * the listener is not a fact about them.
 */
final class Statements {
  static final int MIN_CONTENT = 3;

  /**
   * A sentence neither in the first person nor holding a name or number is kept when it holds at
   * least this many content words: "They were stoked for the dinosaur exhibit at the museum" says
   * something about the speaker's world; "The weather is nice today" does not.
   */
  static final int DETAILED_CONTENT = 5;

  private Statements() {}

  /** Words that carry no fact by themselves: function words, pronouns, light words, fillers. */
  private static final Set<String> FUNCTION =
      Set.of(
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
          "we",
          "us",
          "our",
          "you",
          "your",
          "he",
          "him",
          "his",
          "she",
          "her",
          "they",
          "them",
          "their",
          "it",
          "its",
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
          "if",
          "then",
          "than",
          "to",
          "of",
          "in",
          "on",
          "at",
          "for",
          "with",
          "by",
          "from",
          "about",
          "as",
          "into",
          "just",
          "really",
          "very",
          "too",
          "also",
          "not",
          "no",
          "yes",
          "yeah",
          "oh",
          "wow",
          "well",
          "what",
          "how",
          "when",
          "where",
          "who",
          "why",
          "which",
          "can",
          "could",
          "would",
          "should",
          "will",
          "shall",
          "may",
          "might",
          "must",
          "lot",
          "lots",
          "much",
          "many",
          "some",
          "any",
          "all",
          "thing",
          "things",
          "stuff",
          "way",
          "kind",
          "sort",
          "one",
          "ones",
          "get",
          "got",
          "gonna",
          "im",
          "it's",
          "that's",
          "i'm",
          "i've",
          "i'll",
          "i'd",
          "you're",
          "don't",
          "didn't",
          "can't",
          "totally",
          "definitely",
          "super",
          "pretty",
          "always",
          "sure",
          "glad",
          "happy",
          "great",
          "awesome",
          "amazing",
          "cool",
          "nice",
          "good",
          "love",
          "thanks",
          "thank",
          "hey",
          "hi",
          "hello",
          "bye",
          "haha",
          "lol",
          "omg",
          "like",
          "know",
          "think",
          "mean",
          "feel");

  /** Openings of pleasantries, reactions and encouragement: nothing to remember. */
  private static final Pattern PLEASANTRY =
      Pattern.compile(
          "^(?:that(?:'s| is| was| sounds| looks)|this (?:is|sounds|looks)|it(?:'s| is) (?:so |really )?"
              + "(?:great|good|nice|awesome|amazing|cool|wonderful|lovely|beautiful|fun|hard|tough)"
              + "|sounds|looks|what a|how (?:cool|nice|fun|great|awesome|lovely|sweet)"
              + "|congrat\\w*|good luck|best of luck|take care|see you|talk (?:to you )?soon"
              + "|have a (?:good|great|nice)|keep (?:it up|up the)|glad|so glad|so happy for"
              + "|happy for|proud of you|i'm (?:so )?(?:glad|happy|proud|sorry) (?:to hear|for you|of you|that you)"
              + "|i (?:totally |completely )?(?:agree|understand|get it|can imagine|bet)"
              + "|no worries|no problem|you're welcome|thanks|thank you|same here|me too|you too"
              + "|absolutely|definitely|exactly|of course|for sure|bye|goodbye|hugs)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours|you're)\\b");
  private static final Pattern FIRST_PERSON_WORD =
      Pattern.compile("(?i)\\b(i|i'm|i've|i'll|i'd|me|my|mine|myself|we|we're|we've|our|us)\\b");

  /** A name, a place or a number after the first word: what a sentence not about the user needs. */
  private static final Pattern ANCHOR = Pattern.compile("(?<=\\S\\s)\\p{Lu}\\p{Ll}|\\d");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  /** "my daughter Emma" – a relative or pet introduced with a name. */
  private static final Pattern NAMED_RELATION =
      Pattern.compile(
          "\\b[Mm]y (son|daughter|wife|husband|partner|boyfriend|girlfriend|brother|sister|mom|mother"
              + "|dad|father|friend|best friend|boss|manager|colleague|coworker|cousin|aunt|uncle"
              + "|grandma|grandmother|grandpa|grandfather|niece|nephew|fiance|fiancee|dog|cat|puppy"
              + "|kitten|horse|baby|instructor|coach|mentor|therapist|neighbor|neighbour|roommate|teacher|doctor|kids?|children)"
              + ",? (\\p{Lu}[\\p{L}-]+)\\b");

  /**
   * The listener's name when the speaker addresses them ("Oof, that's tough, Jon", "Wow Jon, great
   * news"): it says who is spoken to, not what the sentence is about.
   */
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          ",\\s*\\p{Lu}\\p{Ll}+\\s*[!.?]*\\s*$"
              + "|^(?i:hey|hi|hello|thanks|thank you|wow|oh|oof|congrats|congratulations|yes|yeah"
              + "|sorry|aw+|omg|ok|okay|sure|great|cool|hmm|well|dear)\\b[,!]?\\s+\\p{Lu}\\p{Ll}+\\b[,!.]?");

  /** The clause without the name of the one it is said to. */
  static String withoutAddressee(String clause) {
    return ADDRESSEE.matcher(clause.strip()).replaceAll("");
  }

  /**
   * A sentence whose subject is a person the speaker speaks of ("They were stoked for the dinosaur
   * exhibit", "She started piano lessons"): about someone in the speaker's life, like a sentence
   * naming them.
   */
  private static final Pattern PERSON_SUBJECT =
      Pattern.compile("^(?:he|she|they)(?:'s|'re|'ve|'ll|'d)?\\s", Pattern.CASE_INSENSITIVE);

  /** A sentence in the third person, if it is informative; empty otherwise. */
  static Optional<String> rewrite(String clause) {
    boolean firstPerson = FIRST_PERSON_WORD.matcher(clause).find();
    if (!firstPerson && SECOND_PERSON.matcher(clause).find()) {
      return Optional.empty();
    }
    if (contentWords(clause) < MIN_CONTENT
        || !firstPerson
            && !PERSON_SUBJECT.matcher(clause).find()
            && !ANCHOR.matcher(withoutAddressee(clause)).find()
            && contentWords(plainWords(clause)) < DETAILED_CONTENT) {
      return Optional.empty();
    }
    return Optional.of(capitalize(thirdPerson(clause)));
  }

  /** Adverbs that may come before the verb of a clause without its subject. */
  private static final Pattern SUBJECTLESS =
      Pattern.compile(
          "^((?:(?:just|really|also|still|recently|finally|currently|actually|always|never)\\s+)*)"
              + "(\\p{L}+(?:'\\p{L}+)?)(\\s+.+)$",
          Pattern.CASE_INSENSITIVE);

  /** Words in -ing that are nouns, not a verb whose subject was left out. */
  private static final Set<String> ING_NOUNS =
      Set.of(
          "thing",
          "something",
          "nothing",
          "anything",
          "everything",
          "morning",
          "evening",
          "king",
          "ring",
          "spring",
          "wedding",
          "building",
          "ceiling",
          "being",
          "sibling",
          "darling",
          "during",
          "according",
          "amazing",
          "interesting",
          "exciting",
          "inspiring",
          "boring",
          "everything's",
          "nothing's",
          "something's",
          "thanksgiving",
          "string");

  /** Verbs of a third-person subject: "Running marathons keeps me sane" has its subject. */
  private static final Set<String> SUBJECT_VERBS =
      Set.of(
          "is",
          "was",
          "has",
          "keeps",
          "makes",
          "made",
          "helps",
          "helped",
          "gives",
          "brings",
          "seems",
          "sounds",
          "looks",
          "feels",
          "can",
          "will",
          "means",
          "takes",
          "lets",
          "reminds",
          "gets",
          "got",
          "isn't",
          "wasn't",
          "must",
          "might",
          "would",
          "could",
          "should",
          "are",
          "were",
          "have",
          "meant",
          "brought",
          "inspires",
          "inspired",
          "matters");

  /** "Been a long road" has a subject left out that is not the speaker. */
  private static final Pattern ARTICLE =
      Pattern.compile(
          "^\\s+(?:a|an|the|so|such|ages|forever|too|quite)\\b", Pattern.CASE_INSENSITIVE);

  /** Past and present verbs that open a clause whose subject ("I") was left out. */
  private static final Set<String> OPENING_VERBS =
      Set.of(
          "been",
          "started",
          "got",
          "went",
          "took",
          "had",
          "made",
          "finished",
          "signed",
          "joined",
          "bought",
          "visited",
          "tried",
          "decided",
          "found",
          "saw",
          "met",
          "picked",
          "learned",
          "learnt",
          "moved",
          "adopted",
          "booked",
          "ran",
          "won",
          "lost",
          "painted",
          "wrote",
          "baked",
          "attended",
          "spent",
          "began",
          "love",
          "loved",
          "hope",
          "want",
          "wanted",
          "plan",
          "need",
          "needed",
          "gotta",
          "received",
          "volunteered",
          "hosted",
          "created",
          "built",
          "completed",
          "passed",
          "graduated",
          "launched",
          "opened",
          "enrolled");

  /**
   * Words that say how or where the speaker is, opening a clause after an adverb ("Always up for
   * something sweet", "Always happy to share my recipes", "Still here for you"): "I am" was left
   * out.
   */
  private static final Set<String> STATES =
      Set.of(
          "here", "there", "up", "happy", "glad", "ready", "keen", "eager", "available", "around");

  /**
   * Negated auxiliaries that open a clause whose subject ("I") was left out: "Can't wait for the
   * grand opening", "Didn't expect the crowd to be that big". Not "don't", which opens an order to
   * the listener ("Don't forget the tickets").
   */
  private static final Set<String> NEGATED_AUXILIARIES =
      Set.of(
          "can't",
          "cannot",
          "couldn't",
          "won't",
          "wouldn't",
          "didn't",
          "haven't",
          "hadn't",
          "wasn't");

  /** Adjectives in -ed that say how the speaker is: "Excited to try this" → "I am excited …". */
  private static final Pattern FEELING_ED =
      Pattern.compile("^\\s+(?:to|about|by|with|for|that|of)\\b");

  /**
   * A clause whose subject was left out, as people write ("Been busy volunteering", "Just started
   * aerial yoga", "Researching adoption agencies"), with "I" put back; any other clause as it is.
   * Clauses that speak to the listener ("Wishing you luck") or open with a subject in -ing
   * ("Running marathons keeps me sane") are left alone.
   */
  static String withSubject(String clause) {
    Matcher m = SUBJECTLESS.matcher(clause);
    if (!m.matches()) {
      return clause;
    }
    String adverbs = m.group(1).toLowerCase(Locale.ROOT);
    String word = m.group(2);
    String lower = word.toLowerCase(Locale.ROOT);
    String rest = m.group(3);
    if (contentWords(rest) < 1) {
      return clause;
    }
    if (!adverbs.isEmpty() && STATES.contains(lower)) {
      // how the speaker is, towards the listener too ("Always happy to share them with you")
      return "I am " + adverbs + lower + rest;
    }
    if (SECOND_PERSON.matcher(clause).find()) {
      return clause;
    }
    if (NEGATED_AUXILIARIES.contains(lower.replace('’', '\''))
        && contentWords(rest) >= MIN_CONTENT) {
      return "I " + adverbs + lower + rest;
    }
    if (lower.equals("been") && !ARTICLE.matcher(rest).find()) {
      return "I have " + adverbs + "been" + rest;
    }
    if (lower.endsWith("ing") && lower.length() > 4 && !ING_NOUNS.contains(lower)) {
      String phrase = rest.split("[,;:–—]|\\s-\\s", 2)[0].trim().toLowerCase(Locale.ROOT);
      for (String next : phrase.split("\\s+")) {
        if (SUBJECT_VERBS.contains(next)) {
          return clause;
        }
      }
      return "I am " + adverbs + lower + rest;
    }
    if (lower.endsWith("ed")
        && lower.length() > 4
        && !OPENING_VERBS.contains(lower)
        && FEELING_ED.matcher(rest).find()) {
      return "I am " + adverbs + lower + rest;
    }
    if (lower.equals("been")) {
      return clause;
    }
    if ((OPENING_VERBS.contains(lower)
            || (lower.endsWith("ed") && lower.length() > 4 && !lower.endsWith("eed")))
        && !rest.strip().toLowerCase(Locale.ROOT).startsWith("and ")) {
      return "I " + adverbs + lower + rest;
    }
    return clause;
  }

  /** Whether the clause is a pleasantry, a reaction or encouragement. */
  static boolean pleasantry(String clause) {
    return PLEASANTRY.matcher(clause.replace('’', '\'')).find();
  }

  /** "my daughter Emma" → "User's daughter is Emma", one for each such mention. */
  static List<String> namedRelations(String clause) {
    List<String> out = new ArrayList<>();
    Matcher m = NAMED_RELATION.matcher(clause);
    while (m.find()) {
      String relation = m.group(1).toLowerCase(Locale.ROOT);
      String name = m.group(2);
      if (!FUNCTION.contains(name.toLowerCase(Locale.ROOT))) {
        out.add("User's " + relation + " is " + name);
      }
    }
    return out;
  }

  /**
   * A word of letters, in brackets or quotes or before punctuation: "(photo:", "lake)", "'cause".
   */
  private static final Pattern PLAIN_WORD =
      Pattern.compile("[(\\[\"'“‘]*\\p{L}[\\p{L}'’-]*[)\\]\"'”’]*[.,!?;:]*[)\\]\"'”’]*");

  /**
   * The clause's plain words only, so that code, paths and dotted keys ("engram.callbacks.allow",
   * "task_instance = ?") do not count as a detailed sentence.
   */
  static String plainWords(String clause) {
    StringBuilder out = new StringBuilder();
    for (String token : clause.trim().split("\\s+")) {
      if (PLAIN_WORD.matcher(token).matches()) {
        out.append(token).append(' ');
      }
    }
    return out.toString();
  }

  /** How many words of the clause carry content (not function words, not one letter). */
  static int contentWords(String clause) {
    int n = 0;
    Matcher m = WORD.matcher(clause.replace('’', '\''));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() > 1 && !FUNCTION.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /**
   * First person to third: "I"/"we" become "User" (with the verb after "I" in the third person),
   * "my"/"our" "User's", "me"/"us" "User". Second-person words stay: the sentence is the user's.
   */
  static String thirdPerson(String clause) {
    String s = clause.replace('’', '\'');
    s = s.replaceAll("(?i)\\bI'm\\b|\\bI am\\b", "User is");
    s = s.replaceAll("(?i)\\bwe're\\b|\\bwe are\\b", "User and others are");
    s = s.replaceAll("(?i)\\bI've\\b", "User has");
    s = s.replaceAll("(?i)\\bwe've\\b", "User and others have");
    s = s.replaceAll("(?i)\\bI'll\\b", "User will");
    s = s.replaceAll("(?i)\\bwe'll\\b", "User and others will");
    s = s.replaceAll("(?i)\\bI'd\\b", "User would");
    s = s.replaceAll("(?i)\\bI was\\b", "User was");
    s = s.replaceAll("(?i)\\b(?:my|our)self\\b|\\bourselves\\b", "themselves");
    s = s.replaceAll("(?i)\\b(?:my|our)\\b", "User's");
    s = s.replaceAll("(?i)\\b(?:mine|ours)\\b", "User's");
    s = conjugateAfterI(s);
    s = s.replaceAll("\\bI\\b", "User");
    s = s.replaceAll("(?i)\\bwe\\b", "User and others");
    s = s.replaceAll("(?i)\\b(?:me|us)\\b", "User");
    return s;
  }

  /** Irregular past forms, which stay as they are after "User". */
  private static final Set<String> PAST =
      Set.of(
          "did",
          "knew",
          "drew",
          "wore",
          "sang",
          "began",
          "taught",
          "brought",
          "caught",
          "sent",
          "thought",
          "understood",
          "stood",
          "sat",
          "slept",
          "woke",
          "chose",
          "forgot",
          "fell",
          "held",
          "led",
          "meant",
          "rode",
          "rose",
          "shook",
          "spoke",
          "threw",
          "tore",
          "hung",
          "fed",
          "fought",
          "dug",
          "lent",
          "built",
          "dreamt",
          "learnt",
          "won",
          "wrote",
          "saw",
          "got",
          "went",
          "took",
          "made",
          "had",
          "ran",
          "came",
          "met",
          "found",
          "told",
          "said",
          "gave",
          "felt",
          "grew",
          "became",
          "sold",
          "lost",
          "paid",
          "spent",
          "left",
          "flew",
          "ate",
          "drank",
          "swam",
          "kept",
          "heard",
          "broke",
          "drove",
          "bought",
          "read",
          "put",
          "let",
          "quit",
          "set",
          "cut",
          "hurt",
          "used");

  /** "I love" → "User loves", "I don't" → "User does not"; past forms stay. */
  private static String conjugateAfterI(String s) {
    Matcher m =
        Pattern.compile(
                "\\bI ((?:really |also |usually |still |just |often |never )?)(\\p{L}+'?\\p{L}*)")
            .matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String verb = m.group(2).toLowerCase(Locale.ROOT);
      String third =
          switch (verb) {
            case "don't", "dont" -> "does not";
            case "didn't" -> "did not";
            case "can't", "cannot" -> "cannot";
            case "won't" -> "will not";
            case "wasn't" -> "was not";
            case "haven't" -> "has not";
            case "am" -> "is";
            case "have" -> "has";
            case "do" -> "does";
            case "was", "can", "could", "should", "would", "will", "must", "might", "may" -> verb;
            default -> PAST.contains(verb) ? verb : RuleExtractor.conjugate(verb);
          };
      m.appendReplacement(out, Matcher.quoteReplacement("User " + m.group(1) + third));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
