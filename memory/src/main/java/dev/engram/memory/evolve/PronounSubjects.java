package dev.engram.memory.evolve;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.RuleResolver.Verdict;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statements whose subject is a pronoun ("It was great and helped clear John's head", "They were
 * great, their smiles warmed Maria's heart", "That gives John some new ideas"): pronouns are stop
 * words, so what the rules compare of such a statement is its predicate alone, and two predicates
 * alike ("great") read as one attribute with a value replaced, though nothing says the two pronouns
 * stand for the same thing. Such a pair is never one value replaced: a supersession between them
 * becomes an addition, unless both say the same words (a negation or a change word over the same
 * words still supersedes). Other verdicts stand: a restatement reinforces whatever its subject, so
 * the memories kept do not grow by what would have been merged.
 */
final class PronounSubjects {
  private PronounSubjects() {}

  /** Pronouns that are a subject whatever follows them. */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "^\\s*(?:it|he|she|they)(?:['’](?:s|re|ve|ll|d))?\\s", Pattern.CASE_INSENSITIVE);

  /**
   * "This" or "that" as a pronoun: before a verb of being or an auxiliary, an adverb, or a verb in
   * -s or -ed ("That gives John …", "This meant …"); not before a noun ("This necklace is …").
   */
  private static final Pattern DEMONSTRATIVE =
      Pattern.compile(
          "^\\s*(?:this|that)(?:['’]s\\s|\\s+(?:is|was|has|had|will|would|can|could|must|might"
              + "|should|does|did|really|just|also|always|never|still|definitely|totally)\\b"
              + "|\\s+\\p{L}*[\\p{L}&&[^s]](?:s|ed)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** "These" or "those" as a pronoun: before a verb of being, an auxiliary or an adverb. */
  private static final Pattern PLURAL_DEMONSTRATIVE =
      Pattern.compile(
          "^\\s*(?:these|those)(?:['’](?:re|ve)\\s|\\s+(?:are|were|have|had|will|would|can|could"
              + "|must|might|should|do|did|really|just|also|always|never|still)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Whether the text opens with a pronoun as its subject. */
  static boolean opens(String text) {
    return PERSONAL.matcher(text).find()
        || DEMONSTRATIVE.matcher(text).find()
        || PLURAL_DEMONSTRATIVE.matcher(text).find();
  }

  /**
   * The verdict, an addition instead of a supersession when either text opens with a pronoun and
   * the two do not hold the same content words.
   */
  static Verdict guard(Verdict verdict, String memory, String statement) {
    if (verdict.action() != Action.UPDATE || !(opens(memory) || opens(statement))) {
      return verdict;
    }
    Set<String> before = Set.copyOf(Readings.statement(memory).content());
    Set<String> after = Set.copyOf(Readings.statement(statement).content());
    if (before.equals(after)) {
      return verdict;
    }
    return new Verdict(
        Action.ADD,
        null,
        "distinct: a pronoun's statement, whose subject is not known to be that of "
            + verdict.targetId()
            + ", where the rules found "
            + verdict.reason(),
        verdict.anchors(),
        verdict.cosine(),
        null);
  }
}
