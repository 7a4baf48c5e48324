package dev.engram.memory.ingest;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule engine's extractor: reads the user's own messages sentence by sentence and keeps
 * first-person statements (facts, preferences, plans, changes, instructions) and identifiers
 * (emails, phone numbers, URLs, order numbers), rewritten in the third person ("I live in Lisbon"
 * becomes "User lives in Lisbon") so that the resolver can compare them with stored memories.
 * Questions, greetings and filler give nothing. A clause without its subject ("Been busy
 * volunteering", "Just started aerial yoga") is read as the speaker's. An assistant message is read
 * only when the user's next message confirms it ("So you moved to Berlin?" – "Yes, in May"): its
 * sentences about "you" become the user's ("User moved to Berlin"); otherwise what the user said is
 * the evidence, an assistant's paraphrase of it adds nothing but risk. System and tool messages are
 * not read. With a speaker name on the message, facts say the name, not "User".
 */
@Singleton
@Named("rules")
public final class RuleExtractor implements Extractor {
  static final String ENGINE = "rules";

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");
  private static final Pattern CLAUSE_SPLIT =
      Pattern.compile(
          "(?:,\\s*|\\s+)(?:and|but|so)\\s+(?=(?:i|i'm|i've|i'll|i'd|my)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_FILLER =
      Pattern.compile(
          "^(?:(?:well|so|oh|ok|okay|actually|also|and|but|yes|yeah|yep|no|nope|btw|by the way"
              + "|fyi|just so you know|just to let you know|anyway|anyways|hey|hi|hello|um|uh"
              + "|alright|right|honestly|basically|sure|great|thanks|thank you"
              + "|wow|whoa|aw+|omg|yay|woo+hoo+|ooh|hmm+|m+|ah|haha|lol)\\b[,!.:]?\\s*)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUESTION_START =
      Pattern.compile(
          "^(?:what|when|where|who|whom|whose|why|how|which|can you|could you|would you|will you"
              + "|do you|did you|are you|is it|is there|are there|should i|can i|could i|may i"
              + "|do i|am i|shall)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern URL = Pattern.compile("https?://[^\\s,;]+[^\\s,;.!?)]");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{7,}\\d");
  private static final Pattern ORDER =
      Pattern.compile(
          "(?:order|booking|reservation|ticket|confirmation|tracking|account|invoice)"
              + "(?:\\s+(?:number|no\\.?|id|code))?\\s*(?:is\\s+)?[:#]?\\s*#?([A-Za-z]*\\d[A-Za-z0-9-]{2,})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MY_NAME =
      Pattern.compile("^my name is (.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CALL_ME =
      Pattern.compile("^(?:please\\s+)?call me (.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MY_THING =
      Pattern.compile(
          "^my ([\\w' -]{1,40}?) (is|are|was|were|has|have|will be|'s) (.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WANT_YOU =
      Pattern.compile(
          "^(?:i (?:want|need|would like) you to|i'd like you to|please) (.+)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * An order to the assistant: "always" or "never" and a verb ("Always email me the link"). A
   * clause that goes on with a word no order opens with ("Always here to help", "Always up for
   * something sweet") is not one; nor is one whose verb is a past form or "been" ("Never been to a
   * concert", read by {@link Statements#withSubject} as the speaker's).
   */
  private static final Pattern ALWAYS_NEVER =
      Pattern.compile(
          "^(?:please\\s+)?(always|never|don't ever) (?!(?:here|there|up|happy|glad|good|great"
              + "|ready|so|such|a|an|the|open|welcome|nice|fun)\\b)(.+)$",
          Pattern.CASE_INSENSITIVE);

  /** A predicate that is an auxiliary or modal verb alone ("I will!" → "will"): says nothing. */
  private static final Pattern BARE_AUXILIARY =
      Pattern.compile(
          "^(?:\\w+ )?(?:will|wills|would|can|could|should|shall|might|may|must|do|does|did|has"
              + "|had|is|was|cannot|will not|does not|did not|has not|is not|was not)$");

  private static final Pattern FIRST_PERSON =
      Pattern.compile("^(i'm|im|i am|i've|i have|i'd|i would|i'll|i will|i)\\s+(.+)$");

  /** Contracted or auxiliary openings and what they become after "User". */
  private static final Map<String, String> AUXILIARIES = new LinkedHashMap<>();

  static {
    AUXILIARIES.put("i'm", "is");
    AUXILIARIES.put("im", "is");
    AUXILIARIES.put("i am", "is");
    AUXILIARIES.put("i've", "has");
    AUXILIARIES.put("i have", "has");
    AUXILIARIES.put("i'd", "would");
    AUXILIARIES.put("i would", "would");
    AUXILIARIES.put("i'll", "will");
    AUXILIARIES.put("i will", "will");
  }

  private static final Map<String, String> NEGATIONS =
      Map.ofEntries(
          Map.entry("don't", "does not"),
          Map.entry("dont", "does not"),
          Map.entry("do", "does"),
          Map.entry("didn't", "did not"),
          Map.entry("can't", "cannot"),
          Map.entry("cannot", "cannot"),
          Map.entry("won't", "will not"),
          Map.entry("wasn't", "was not"),
          Map.entry("haven't", "has not"),
          Map.entry("am", "is"),
          Map.entry("was", "was"),
          Map.entry("can", "can"),
          Map.entry("could", "could"),
          Map.entry("should", "should"),
          Map.entry("must", "must"),
          Map.entry("might", "might"),
          Map.entry("may", "may"),
          Map.entry("have", "has"));

  private static final List<String> ADVERBS =
      List.of(
          "really",
          "also",
          "usually",
          "always",
          "never",
          "still",
          "just",
          "actually",
          "absolutely",
          "definitely",
          "totally",
          "currently",
          "now",
          "often",
          "sometimes",
          "recently",
          "finally",
          "no longer",
          "only",
          "mostly",
          "generally",
          "normally",
          "rarely",
          "already",
          "even",
          "kind of",
          "sort of");

  private static final Map<String, String> IRREGULAR =
      Map.of("have", "has", "do", "does", "go", "goes", "be", "is");

  /** Past forms that do not end in -ed, which stay as they are. */
  private static final Set<String> UNCHANGED =
      Set.of(
          "went", "got", "bought", "had", "made", "took", "left", "began", "came", "ran", "saw",
          "met", "found", "told", "said", "gave", "thought", "felt", "grew", "became", "sold",
          "lost", "won", "paid", "spent", "quit", "put", "read", "set", "let", "cut", "hurt", "was",
          "drove", "flew", "wrote", "broke", "ate", "drank", "swam", "kept", "heard", "built");

  /** Predicates that carry no fact: "I see", "I think so", "I'm fine", "I have a question". */
  private static final Pattern FILLER_PREDICATE =
      Pattern.compile(
          "^(?:(?:see|know|think|guess|agree|understand|mean|hope|suppose|wonder)(?:s|es)?|wondered"
              + "|appreciate|apologize|am sorry|is sorry|is fine|is good|is ok|is okay|is great"
              + "|is well|is doing|is not sure|is sure|is here|is back|is curious|is wondering"
              + "|was wondering|is just|is asking|has a question|has another question"
              + "|has some questions|has a quick question|needs help|needs some help"
              + "|wants to know|would like to know|wants to ask|would like to ask"
              + "|does not know|did not know|cannot remember|forgot|remember|got it|see what"
              + "|is glad|is happy to help|is excited|is ready|is thinking)\\b.*$");

  /** A first-person opening the templates drop as filler, which the general case must drop too. */
  private static final Pattern FIRST_PERSON_FILLER =
      Pattern.compile(
          "^(?:i|i'm|i am)\\s+(?:(?:see|know|guess|agree|understand|mean|suppose|wonder"
              + "|appreciate|apologize|was wondering|just wanted|wanted to (?:ask|say|let))\\b|(?:so |really |very )?(?:sorry|glad|fine|good|ok|okay"
              + "|curious) (?:to hear|for you|that you|about that|you)\\b)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public List<Fact> extract(Conversation conversation) {
    List<Fact> facts = new ArrayList<>();
    List<Message> messages = conversation.messages();
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      if ("assistant".equals(message.role())
          && i + 1 < messages.size()
          && "user".equals(messages.get(i + 1).role())
          && CONFIRMATION.matcher(messages.get(i + 1).content().strip()).find()) {
        Message user = messages.get(i + 1);
        String confirmed = Confirmations.firstPerson(message.content());
        add(facts, confirmed, user.name(), List.of(message.id(), user.id()));
      }
      if ("user".equals(message.role())) {
        add(facts, message.content(), message.name(), List.of(message.id()));
      }
    }
    return facts;
  }

  /**
   * A user's reply that confirms what the assistant just said: "Yes", "Exactly", "That's right".
   */
  private static final Pattern CONFIRMATION =
      Pattern.compile(
          "^(?:yes|yeah|yep|yup|correct|exactly|right|indeed|that's right|that is right"
              + "|that's correct|that is correct|sure is|i do|i am|i did|true)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The facts of a first-person text, said by {@code name}, added once each. */
  private static void add(
      List<Fact> facts, String text, @Nullable String name, List<String> messageIds) {
    int before = facts.size();
    for (String sentence : SENTENCE_END.split(text.trim())) {
      if (ASIDE.matcher(sentence).matches() && facts.size() > before) {
        // "… made a cake. (photo: a cake with white frosting)": the aside annotates the fact
        // before it rather than being one of its own
        Fact last = facts.get(facts.size() - 1);
        facts.set(
            facts.size() - 1,
            new Fact(
                last.content() + " " + sentence.trim(),
                last.type(),
                last.category(),
                last.importance(),
                last.messageIds()));
        continue;
      }
      for (String clause : CLAUSE_SPLIT.split(sentence)) {
        List<Fact> found = new ArrayList<>();
        statement(clause).ifPresent(found::add);
        Statements.namedRelations(clause).stream().map(RuleExtractor::classify).forEach(found::add);
        for (Fact f : found) {
          String content = speaker(f.content(), name);
          if (facts.stream().noneMatch(g -> g.content().equals(content))) {
            facts.add(new Fact(content, f.type(), f.category(), f.importance(), messageIds));
          }
        }
      }
    }
  }

  /** A sentence that is wholly in brackets: an aside to the sentence before it. */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]+\\)[.!]?\\s*");

  private static final Pattern USER_WORD = Pattern.compile("\\bUser\\b");

  /**
   * The fact with the speaker's name for "User" ("User's daughter is Emma" → "Caroline's daughter
   * is Emma"), as it is when the message has no name.
   */
  static String speaker(String content, @Nullable String name) {
    return name == null
        ? content
        : USER_WORD.matcher(content).replaceAll(Matcher.quoteReplacement(name));
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  /** The fact one clause states, without provenance; empty for questions and filler. */
  static Optional<Fact> statement(String raw) {
    String clause = LEADING_FILLER.matcher(raw.trim()).replaceFirst("").trim();
    if (clause.isEmpty()
        || clause.endsWith("?")
        || QUESTION_START.matcher(clause).find()
        || Statements.pleasantry(clause)) {
      return Optional.empty();
    }
    clause = clause.replaceAll("[.!;:,\\s]+$", "").replace('’', '\'');
    clause = Statements.withSubject(clause);
    Optional<String> content = thirdPerson(clause);
    if (content.isEmpty()) {
      content = identifier(clause);
    }
    if (content.isEmpty() && !FIRST_PERSON_FILLER.matcher(clause).find()) {
      content = Statements.rewrite(clause);
    }
    return content.map(RuleExtractor::classify);
  }

  private static Optional<String> thirdPerson(String clause) {
    Matcher m;
    if ((m = MY_NAME.matcher(clause)).matches()) {
      return Optional.of("User's name is " + m.group(1));
    }
    if ((m = CALL_ME.matcher(clause)).matches()) {
      return Optional.of("User wants to be called " + m.group(1));
    }
    if ((m = WANT_YOU.matcher(clause)).matches()) {
      return Optional.of("User wants the assistant to " + pronouns(m.group(1)));
    }
    if ((m = ALWAYS_NEVER.matcher(clause)).matches()) {
      String when = m.group(1).toLowerCase(Locale.ROOT).startsWith("always") ? "always" : "never";
      return Optional.of("User wants the assistant to " + when + " " + pronouns(m.group(2)));
    }
    if ((m = MY_THING.matcher(clause)).matches()) {
      String verb = m.group(2).equals("'s") ? "is" : m.group(2).toLowerCase(Locale.ROOT);
      return Optional.of("User's " + m.group(1) + " " + verb + " " + pronouns(m.group(3)));
    }
    String lower = clause.toLowerCase(Locale.ROOT);
    if (!(m = FIRST_PERSON.matcher(lower)).matches()) {
      return Optional.empty();
    }
    String opening = m.group(1);
    String rest = clause.substring(clause.length() - m.group(2).length());
    String predicate;
    if (AUXILIARIES.containsKey(opening)) {
      predicate = AUXILIARIES.get(opening) + " " + pronouns(rest);
    } else {
      predicate = verbPhrase(rest);
    }
    if (FILLER_PREDICATE.matcher(predicate.toLowerCase(Locale.ROOT)).matches()
        || BARE_AUXILIARY.matcher(predicate.toLowerCase(Locale.ROOT)).matches()
        || contentWords(predicate) < 1) {
      return Optional.empty();
    }
    return Optional.of("User " + predicate);
  }

  /** "really love jazz" → "really loves jazz"; "don't like X" → "does not like X". */
  private static String verbPhrase(String rest) {
    String lower = rest.toLowerCase(Locale.ROOT);
    StringBuilder adverbs = new StringBuilder();
    boolean found = true;
    while (found) {
      found = false;
      for (String adverb : ADVERBS) {
        if (lower.startsWith(adverb + " ")) {
          adverbs.append(rest, 0, adverb.length()).append(' ');
          rest = rest.substring(adverb.length() + 1);
          lower = lower.substring(adverb.length() + 1);
          found = true;
          break;
        }
      }
    }
    int space = rest.indexOf(' ');
    String verb = space < 0 ? lower : lower.substring(0, space);
    String tail = space < 0 ? "" : " " + pronouns(rest.substring(space + 1));
    String conjugated = NEGATIONS.getOrDefault(verb, conjugate(verb));
    return adverbs + conjugated + tail;
  }

  /** Third person singular of a present-tense verb; past forms and modals stay as they are. */
  static String conjugate(String verb) {
    if (verb.isEmpty() || verb.endsWith("ed") || verb.endsWith("'t")) {
      return verb;
    }
    String irregular = IRREGULAR.get(verb);
    if (irregular != null) {
      return irregular;
    }
    if (UNCHANGED.contains(verb)) {
      return verb;
    }
    if (verb.endsWith("s")
        || verb.endsWith("sh")
        || verb.endsWith("ch")
        || verb.endsWith("x")
        || verb.endsWith("z")
        || verb.endsWith("o")) {
      return verb.endsWith("ss") || !verb.endsWith("s") ? verb + "es" : verb;
    }
    if (verb.length() > 1
        && verb.endsWith("y")
        && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  /** First-person pronouns inside a predicate, in the third person. */
  static String pronouns(String text) {
    return text.replaceAll("(?i)\\bmyself\\b", "themselves")
        .replaceAll("(?i)\\bmy\\b", "their")
        .replaceAll("(?i)\\bmine\\b", "theirs")
        .replaceAll("(?i)\\bme\\b", "them")
        .replaceAll("(?i)\\bi'm\\b", "they are")
        .replaceAll("(?i)\\bi\\b", "they");
  }

  private static int contentWords(String predicate) {
    int n = 0;
    for (String word : predicate.split("\\s+")) {
      if (word.length() > 2
          && !List.of("not", "does", "did", "the", "has", "was", "will", "would", "really", "also")
              .contains(word.toLowerCase(Locale.ROOT))) {
        n++;
      }
    }
    return n;
  }

  /** A statement about an identifier mentioned outside a first-person sentence. */
  private static Optional<String> identifier(String clause) {
    Matcher m;
    if ((m = EMAIL.matcher(clause)).find()) {
      return Optional.of("User's email is " + m.group());
    }
    if ((m = URL.matcher(clause)).find()) {
      return Optional.of("User shared the link " + m.group());
    }
    if ((m = ORDER.matcher(clause)).find()) {
      String kind = clause.substring(m.start(), m.start(1)).trim().split("\\s+")[0];
      return Optional.of(
          "User's "
              + kind.toLowerCase(Locale.ROOT)
              + " number is "
              + m.group(1).toUpperCase(Locale.ROOT));
    }
    if ((m = PHONE.matcher(clause)).find()) {
      return Optional.of("User's phone number is " + m.group());
    }
    return Optional.empty();
  }

  private static final Pattern HEALTH =
      Pattern.compile("\\b(allerg\\w*|intoleran\\w*|diabet\\w*|asthma|celiac|coeliac)\\b");
  private static final Pattern NAME = Pattern.compile("\\b(name is|be called|nickname)\\b");
  private static final Pattern PLAN =
      Pattern.compile(
          "\\b(is going to|are going to|planning|plans to|plan to|will|intends to|hopes to"
              + "|is about to|is thinking of|is thinking about|next (week|month|year|weekend)"
              + "|tomorrow|tonight|this weekend|soon)\\b");
  private static final Pattern CHANGE =
      Pattern.compile(
          "\\b(moved|moves to|relocated|no longer|not anymore|any more|anymore|switched"
              + "|changed|quit|stopped|gave up|started|now|these days|new)\\b");
  private static final Pattern LOCATION =
      Pattern.compile("\\b(lives?|living|moved|relocated|based in|is from|comes from|grew up)\\b");
  private static final Pattern PREFERENCE =
      Pattern.compile(
          "\\b(prefers?|likes?|loves?|enjoys?|hates?|dislikes?|favou?rite|cannot stand"
              + "|fan of|would rather|into|adores?|detests?)\\b");
  private static final Pattern WORK =
      Pattern.compile(
          "\\b(works?|working|job|employed|employer|career|profession|office|colleague|boss)\\b");
  private static final Pattern EVENT =
      Pattern.compile(
          "\\b(yesterday|last (week|month|year|night|weekend)|ago|went|visited|bought|had"
              + "|did|was|were|met|attended|finished)\\b");
  private static final Pattern DIET =
      Pattern.compile("\\b(vegan|vegetarian|pescatarian|eats?|drinks?|diet|gluten|keto)\\b");

  /** Type, category and importance from what the statement is about. */
  static Fact classify(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    if (lower.startsWith("user wants the assistant to")) {
      return fact(content, MemoryType.PROCEDURAL, "instruction", 7);
    }
    if (HEALTH.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "health", 9);
    }
    if (EMAIL.matcher(content).find()
        || URL.matcher(content).find()
        || PHONE.matcher(content).find()
        || ORDER.matcher(content).find()
        || lower.matches("user's (email|phone|address|account|order|booking).*")) {
      return fact(content, MemoryType.SEMANTIC, "identifier", 9);
    }
    if (NAME.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "identity", 8);
    }
    if (PLAN.matcher(lower).find() && !lower.contains(" now")) {
      return fact(content, MemoryType.EPISODIC, "plan", 5);
    }
    if (LOCATION.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "location", 7);
    }
    if (CHANGE.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, topic(lower), 7);
    }
    if (PREFERENCE.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "preference", 6);
    }
    if (DIET.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "diet", 7);
    }
    if (WORK.matcher(lower).find()) {
      return fact(content, MemoryType.SEMANTIC, "work", 6);
    }
    if (EVENT.matcher(lower).find()) {
      return fact(content, MemoryType.EPISODIC, "event", 4);
    }
    return fact(content, MemoryType.SEMANTIC, "personal", 5);
  }

  private static String topic(String lower) {
    if (WORK.matcher(lower).find()) {
      return "work";
    }
    if (DIET.matcher(lower).find()) {
      return "diet";
    }
    if (PREFERENCE.matcher(lower).find()) {
      return "preference";
    }
    return "personal";
  }

  private static Fact fact(String content, MemoryType type, String category, int importance) {
    return new Fact(content, type, category, importance, List.of());
  }
}
