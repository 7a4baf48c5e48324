package dev.engram.memory.evolve;

import dev.engram.memory.evolve.PairFeatures.Fallback;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule engine: compares the incoming statement with each candidate word by word ({@link
 * Difference}) and classifies what differs. Used when no LLM is configured.
 *
 * <p>Rules, in order: a retraction ("forget that …") of a memory sharing an attribute deletes it;
 * the same content words (after synonyms and stemming) with the same polarity reinforce; a change
 * word (now, moved, no longer, upgraded, renamed, stopped, …) or a flipped polarity on a shared
 * attribute supersedes; a substituted value on a shared attribute supersedes unless the statement
 * is additive (also, another), the predicate allows many objects (allergic to, speaks, likes), the
 * shared words are too generic (named, called), the values sit in different slots (works as vs
 * works at) or a noun before the attribute names another kind of it (billing vs shipping address);
 * a statement that only restates part of a memory, or adds one plain word, reinforces; one that
 * adds more supersedes it as a refinement; a rewording that replaces no value in place and is close
 * in meaning (cosine at least 0.8) reinforces, and so does one sharing no attribute at all when it
 * is closer still (0.85) and nothing speaks against it (a typed value, a negation on one side,
 * opposite words such as "happy"/"unhappy", a change word); anything else is added.
 *
 * <p>Always present as {@code @Named("rules")}: it decides alone when no LLM is configured, and is
 * the LLM engine's fallback otherwise.
 */
@Singleton
@Named("rules")
final class RuleResolver implements Resolver {
  static final String ENGINE = "rules";
  private static final int MAX_SUBSTITUTED = 4;

  /** Most words of an old statement that a change word or a negation replaces as one value. */
  private static final int MAX_REPLACED = 3;

  private static final double EXTRA_WORD_COSINE = 0.7;
  private static final double PARAPHRASE_COSINE = 0.8;
  private static final double RELATION_PARAPHRASE_COSINE = 0.75;

  /** Sharing no attribute, meaning alone must say "the same": a higher bar than a rewording. */
  private static final double MEANING_ONLY_COSINE = 0.85;

  /** The model that may overrule the rules' defaults, when switched on. */
  private final Optional<LearnedPairs> learned;

  /** The rules with the default settings: the shipped learned model on. */
  RuleResolver() {
    this(EvolutionConfiguration.defaults());
  }

  @Inject
  RuleResolver(EvolutionConfiguration config) {
    this(config.learnedPairs() ? Optional.of(LearnedPairs.shipped()) : Optional.empty());
  }

  /** The rules with the given learned model over their defaults, or none. */
  RuleResolver(Optional<LearnedPairs> learned) {
    this.learned = learned;
  }

  @Override
  public Decision resolve(String statement, List<Candidate> candidates) {
    return resolve(statement, null, candidates);
  }

  @Override
  public Decision resolve(String statement, @Nullable String context, List<Candidate> candidates) {
    Statement incoming = Readings.statement(statement);
    Optional<Slot> slot = Readings.slot(statement);
    if (incoming.content().isEmpty()) {
      return new Decision(Action.SKIP, null, "no content words to remember", ENGINE);
    }
    Verdict best = null;
    Verdict closestAdd = null;
    for (Candidate candidate : candidates) {
      Verdict verdict =
          PronounSubjects.guard(
              classify(
                  candidate,
                  statement,
                  incoming,
                  slot,
                  comparable(context, candidate) ? learned : Optional.empty()),
              candidate.memory().content(),
              statement);
      if (verdict.action() == Action.ADD) {
        if (closestAdd == null || verdict.cosine() > closestAdd.cosine()) {
          closestAdd = verdict;
        }
      } else if (best == null || RANKING.compare(verdict, best) < 0) {
        best = verdict;
      }
    }
    if (best == null) {
      return new Decision(
          Action.ADD,
          null,
          closestAdd == null ? "new: no similar memory" : closestAdd.reason(),
          ENGINE);
    }
    return new Decision(best.action(), best.targetId(), best.reason(), ENGINE);
  }

  /**
   * Whether the pair's cosine is of the kind the learned model was trained on: of the two contents
   * alone. A statement said in a context (the message it was taken from) is embedded with it, so
   * two statements of one message ("lives in Lisbon", "works at a bakery") come out close whatever
   * they say; the rules read their words and are not misled, the model's cosine features would be.
   */
  private static boolean comparable(@Nullable String context, Candidate candidate) {
    String other = candidate.memory().context();
    return (context == null || context.isBlank()) && (other == null || other.isBlank());
  }

  private static final Comparator<Verdict> RANKING =
      Comparator.comparing((Verdict v) -> v.action() != Action.REINFORCE)
          .thenComparing(Verdict::anchors, Comparator.reverseOrder())
          .thenComparing(Verdict::cosine, Comparator.reverseOrder());

  /**
   * The verdict for one candidate: the rules', or, where they fell to their default of adding, the
   * learned model's when it is confident of another outcome. Without a model the pair's features
   * are not computed.
   */
  static Verdict classify(
      Candidate candidate,
      String statement,
      Statement incoming,
      Optional<Slot> incomingSlot,
      Optional<LearnedPairs> learned) {
    if (learned.isEmpty()) {
      Statement existing = Readings.statement(candidate.memory().content());
      return rules(
          candidate,
          Readings.sentence(candidate.memory().content()),
          Readings.sentence(statement),
          existing,
          incoming,
          Difference.of(existing, incoming),
          incomingSlot);
    }
    Examined examined = examine(candidate, statement, incoming, incomingSlot);
    if (examined.features().isEmpty()) {
      return examined.verdict();
    }
    Verdict rules = examined.verdict();
    return learned
        .get()
        .decide(examined.features().get())
        .map(
            call ->
                new Verdict(
                    call.action(),
                    candidate.memory().id(),
                    String.format(
                        Locale.ROOT,
                        "learned: %s %s (probability %.2f), where the rules found %s",
                        call.action() == Action.UPDATE ? "supersedes" : "reinforces",
                        candidate.memory().id(),
                        call.probability(),
                        rules.reason()),
                    rules.anchors(),
                    rules.cosine(),
                    null))
        .orElse(rules);
  }

  /**
   * The rules' verdict for one candidate and, when it is one of their defaults, the pair's features
   * for the learned model ({@link PairFeatures}).
   */
  static Examined examine(
      Candidate candidate, String statement, Statement incoming, Optional<Slot> incomingSlot) {
    Statement existing = Readings.statement(candidate.memory().content());
    Difference d = Difference.of(existing, incoming);
    Verdict verdict =
        rules(
            candidate,
            Readings.sentence(candidate.memory().content()),
            Readings.sentence(statement),
            existing,
            incoming,
            d,
            incomingSlot);
    if (verdict.fallback() == null) {
      return new Examined(verdict, Optional.empty());
    }
    return new Examined(
        verdict,
        Optional.of(
            PairFeatures.of(
                d,
                existing,
                incoming,
                candidate.cosine(),
                Readings.slot(candidate.memory().content()),
                incomingSlot,
                verdict.fallback())));
  }

  /** A rules' verdict and, for one of their defaults, the pair's features. */
  record Examined(Verdict verdict, Optional<double[]> features) {}

  /**
   * The rules' verdict, where it adds or supersedes re-read as a paraphrase when every word of each
   * side is matched by meaning on the other ({@link Paraphrases}); {@code memory} and {@code
   * statement} are the texts of the candidate and the incoming statement in the sentence form the
   * rules read ({@link Notes}).
   */
  private static Verdict rules(
      Candidate candidate,
      String memory,
      String statement,
      Statement existing,
      Statement incoming,
      Difference d,
      Optional<Slot> incomingSlot) {
    return Paraphrases.reread(
        read(candidate, memory, statement, existing, incoming, d, incomingSlot),
        candidate,
        statement,
        existing,
        incoming);
  }

  private static Verdict read(
      Candidate candidate,
      String memory,
      String statement,
      Statement existing,
      Statement incoming,
      Difference d,
      Optional<Slot> incomingSlot) {
    String id = candidate.memory().id();
    String cos = String.format(Locale.ROOT, "cosine %.2f", candidate.cosine());
    List<String> attribute = d.shared().stream().filter(w -> !Lexicon.GENERIC.contains(w)).toList();
    Rule rule = new Rule(id, candidate.cosine(), attribute.size());
    if (d.retraction() && !attribute.isEmpty()) {
      return rule.of(Action.DELETE, "retraction of " + id + " (shared " + q(attribute) + ")");
    }
    Optional<Roles.Holder> before = Roles.of(memory);
    Optional<Roles.Holder> after = Roles.of(statement);
    if (before.isPresent()
        && after.isPresent()
        && before.get().sameRole(after.get())
        && !before.get().sameHolder(after.get())
        && !d.additive()) {
      // "User's manager is Karen Liu" / "User now reports to Marcus": one holder of the role at a
      // time, whoever is named
      return rule.of(
          Action.UPDATE,
          "conflict: "
              + q(after.get().name())
              + " replaces "
              + q(before.get().name())
              + " as the "
              + after.get().role().key()
              + " of "
              + id);
    }
    if (before.isPresent()
        && after.isPresent()
        && before.get().sameRole(after.get())
        && before.get().sameHolder(after.get())
        && before.get().only()
        && after.get().only()) {
      // "User's boss is Dana" / "Dana is the user's manager"
      return rule.of(
          Action.REINFORCE,
          "same statement: "
              + q(after.get().name())
              + " is the "
              + after.get().role().key()
              + " in both, as in "
              + id);
    }
    Optional<Choices.Choice> chosen = Choices.of(statement);
    if (chosen.isPresent() && !d.additive()) {
      // "User's phone is a Motorola" / "User upgraded to a Samsung Galaxy": one make, provider,
      // team or party at a time, however the change is worded
      Optional<Choices.Choice> had = Choices.of(memory);
      if (had.isPresent() && chosen.get().replaces(had.get())) {
        return rule.of(
            Action.UPDATE,
            "conflict: "
                + q(List.copyOf(chosen.get().name()))
                + " replaces "
                + q(List.copyOf(had.get().name()))
                + " as the subject's choice of "
                + (had.get().kind().isEmpty() ? "one" : had.get().kind())
                + " in "
                + id);
      }
    }
    // a stage of one process replaced by a later one (Stages)
    Optional<RuleCall> own = d.additive() ? Optional.empty() : RuleCall.of(memory, statement);
    if (own.isPresent()) {
      return rule.of(own.get().action(), own.get().reason() + id);
    }
    if (otherPeople(existing, incoming)) {
      // "Anna is a teacher" / "Maria is a teacher": what one person is or does, another's says
      // nothing about, however alike the rest
      return rule.of(
          Action.ADD,
          "distinct: about "
              + existing.subject()
              + " and "
              + incoming.subject()
              + ", other people, in "
              + id);
    }
    if (Possessors.otherPerson(memory, existing, statement, incoming)
        && !Slot.shared(Readings.slot(memory), incomingSlot)) {
      // "User's sister lives in Swansea" / "User moved to Newport": a relative's home, job or
      // status is not the subject's own, whatever change word either holds
      return rule.of(
          Action.ADD, "distinct: a relative's and the subject's own, other people, in " + id);
    }
    if (d.additive() && d.changeWords().isEmpty()) {
      return rule.of(
          Action.ADD, "additional fact: " + d.contrast() + " with an additive word, next to " + id);
    }
    // a name both share says who, not what: the speaker's name is in every fact of their messages
    List<String> topic = withoutNames(attribute, existing, incoming);
    // what a change or a negation replaces is one value: a few words of the old statement (the new
    // one may add details: "now lives in Munich with their partner")
    boolean oneValue = d.onlyExisting().size() <= MAX_REPLACED;
    // "sold the Ford Focus and bought a Tesla" against "drives a Ford Focus": what the subject
    // gave up it no longer has, whatever else the statement says
    if (!d.polarityDiffers() && gaveUp(incoming, attribute) && !gaveUp(existing, attribute)) {
      return rule.of(
          Action.UPDATE, "conflict: " + d.contrast() + " gives up " + q(attribute) + " of " + id);
    }
    // no word in common, but both fill one single-valued slot: "is a student" / "now works as an
    // accountant"
    boolean slot = topic.isEmpty() && Slot.shared(Readings.slot(memory), incomingSlot);
    // "retired last year" against "is an accountant", "bought a house in Bath" against "rents a
    // flat in Bristol": a statement that says the slot changed replaces what filled it
    boolean slotVerb = slot && incomingSlot.get().changes();
    if (slotVerb && !d.additive()) {
      // before other people: "married Daniel" names a partner, yet says what "is engaged" says
      return rule.of(
          Action.UPDATE,
          "conflict: "
              + d.contrast()
              + " said to change the "
              + incomingSlot.get().attribute()
              + " of "
              + id);
    }
    boolean changed = !d.changeWords().isEmpty();
    if (!changed
        && (d.twoRelatives() || d.antonym() == null && d.differentPeople(existing, incoming))) {
      return rule.of(Action.ADD, "distinct: " + d.contrast() + " are other people than in " + id);
    }
    if (!changed && !ValueKinds.singleValued(attribute) && d.differentEvents(existing, incoming)) {
      return rule.of(
          Action.ADD,
          "distinct events: " + d.contrast() + " differ by an identifier or a time from " + id);
    }
    boolean sameWords = d.onlyExisting().isEmpty() && d.onlyIncoming().isEmpty();
    if (sameWords
        && !d.polarityDiffers()
        && !d.changeWords().isEmpty()
        && !existing.content().equals(incoming.content())) {
      return rule.of(
          Action.UPDATE,
          "conflict: the same words in another order with change word "
              + q(List.copyOf(d.changeWords()))
              + " ("
              + id
              + ")");
    }
    if (sameWords && !d.polarityDiffers() && !d.additive()) {
      return rule.of(
          Action.REINFORCE,
          "same statement: paraphrase of " + id + " (" + cos + ", no differing values)");
    }
    // "graduated from Leeds University" against "is a student at Leeds University": what a
    // completion ends is what was under way where it names, a name included
    boolean completed =
        existing.ongoing()
            && !attribute.isEmpty()
            && d.changeWords().stream().anyMatch(Completion::verb);
    if (!d.changeWords().isEmpty()
        && (!topic.isEmpty() && oneValue || slot || completed && oneValue)) {
      return rule.of(
          Action.UPDATE,
          "conflict: "
              + (d.onlyExisting().isEmpty() && d.onlyIncoming().isEmpty()
                  ? "negated"
                  : d.substitution())
              + " with change word "
              + q(List.copyOf(d.changeWords()))
              + " on "
              + (slot ? "the " + incomingSlot.get().attribute() : q(attribute))
              + " of "
              + id);
    }
    if (d.polarityDiffers()
        && d.antonym() != null
        && d.onlyExisting().size() == 1
        && d.onlyIncoming().size() == 1) {
      // "hates loud music" / "dislikes loud music" (not liking): one word negated is its opposite
      return rule.of(
          Action.REINFORCE,
          "same statement: " + d.contrast() + ", one negated, are opposites, in " + id);
    }
    if (d.polarityDiffers() && d.changeWords().isEmpty() && keepsAway(d, existing, incoming)) {
      return rule.of(
          Action.REINFORCE,
          "same statement: " + d.contrast() + ", intolerant of what one keeps away from, in " + id);
    }
    if (d.polarityDiffers() && d.relationDiffers(existing, incoming)) {
      return rule.of(
          Action.ADD,
          "distinct: "
              + d.contrast()
              + " are another relation, negated, over what "
              + id
              + " says");
    }
    if (d.polarityDiffers() && !topic.isEmpty() && oneValue && !d.additivePredicate()
        || d.polarityDiffers() && sameWords) {
      return rule.of(Action.UPDATE, "conflict: negation of " + q(attribute) + " in " + id);
    }
    if (d.changeWords().isEmpty()
        && !d.additive()
        && d.antonym() == null
        && (spelledOut(existing, d.onlyExisting(), d.onlyIncoming(), incoming)
            || spelledOut(incoming, d.onlyIncoming(), d.onlyExisting(), existing))) {
      return rule.of(
          Action.REINFORCE,
          "same statement: "
              + d.contrast()
              + " is what a WordNet sense of a verb of "
              + id
              + " says");
    }
    if (!d.onlyExisting().isEmpty() && !d.onlyIncoming().isEmpty()) {
      if (!changed
          && d.antonym() == null
          && Qualifiers.twoKinds(memory, existing, statement, incoming, d)) {
        // "billing address" / "shipping address": two kinds of one attribute, each with its value
        return rule.of(
            Action.ADD,
            "distinct: "
                + d.contrast()
                + " qualify '"
                + existing.content().get(1)
                + "' two ways, next to "
                + id);
      }
      if (!changed && ManyObjects.distinct(existing, incoming, d)) {
        return rule.of(Action.ADD, "additional fact: two objects of a verb of many, " + id);
      }
      return substitution(rule, d, existing, incoming);
    }
    if (d.onlyExisting().isEmpty() && !d.additive()) {
      boolean plainWord =
          d.onlyIncoming().size() == 1
              && !incoming.values().contains(d.onlyIncoming().get(0))
              && candidate.cosine() >= EXTRA_WORD_COSINE;
      return plainWord
          ? rule.of(
              Action.REINFORCE,
              "same statement: restates "
                  + id
                  + " adding only "
                  + q(d.onlyIncoming())
                  + " ("
                  + cos
                  + ")")
          : rule.of(
              Action.UPDATE, "refinement: restates " + id + " and adds " + q(d.onlyIncoming()));
    }
    if (d.onlyIncoming().isEmpty() && !d.anchors().isEmpty()) {
      return rule.of(
          Action.REINFORCE,
          "same statement: restates part of " + id + " (" + cos + ", nothing new)");
    }
    return paraphrase(rule, d, existing, incoming)
        .orElseGet(
            () -> rule.fallback(Fallback.NO_ATTRIBUTE, "new: no shared attribute with " + id));
  }

  /**
   * Whether a statement's verb, given up in the past ({@link Relinquishing}: "sold"), a verb of
   * leaving, discarding or replacing ("left", "swapped", {@link Statement#givenUp}), or "instead
   * of" has one of the shared words as its object (the next content word).
   */
  private static boolean gaveUp(Statement s, List<String> shared) {
    if (shared.stream().anyMatch(s.givenUp()::contains)) {
      // "left Google and joined Meta": the object of a verb of leaving
      return true;
    }
    List<String> words = s.content();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (shared.contains(words.get(i + 1)) && Relinquishing.gaveUp(s.surfaceOf(words.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** The most words a verb's definition may spell out: "rides a bike", "rides a bike daily". */
  private static final int SPELLED = 3;

  /**
   * Whether the one word that differs on one side is a verb one of whose WordNet senses the other
   * side's differing words spell out ({@link VerbGlosses}: "cycles" / "rides a bike"), with no
   * value among them and both of the same polarity.
   */
  private static boolean spelledOut(
      Statement verbSide, List<String> verb, List<String> phrase, Statement phraseSide) {
    return verb.size() == 1
        && phrase.size() >= 2
        && phrase.size() <= SPELLED
        && verbSide.negative() == phraseSide.negative()
        && !verbSide.values().contains(verb.get(0))
        && phrase.stream().noneMatch(phraseSide.values()::contains)
        && VerbGlosses.spellsOut(verbSide.surfaceOf(verb.get(0)), phrase);
  }

  /**
   * Meaning as evidence where words fail: two statements that share few words but are close in
   * meaning (cosine at least {@value #MEANING_ONLY_COSINE}) say the same thing, unless something
   * speaks against it — a typed value (number, name, place, date) on either side of what differs, a
   * negation on one side only, opposite words, a change word, or an additive marker.
   */
  private static Optional<Verdict> paraphrase(
      Rule rule, Difference d, Statement existing, Statement incoming) {
    if (!d.additive()
        && (Definitions.denies(existing, incoming) || Definitions.denies(incoming, existing))) {
      return Optional.of(
          rule.of(
              Action.UPDATE,
              "conflict: "
                  + d.contrast()
                  + " does what a WordNet definition of what "
                  + rule.targetId()
                  + " says denies"));
    }
    if (d.changeWords().isEmpty()
        && !d.additive()
        && (Definitions.defines(existing, incoming) || Definitions.defines(incoming, existing))) {
      return Optional.of(
          rule.of(
              Action.REINFORCE,
              "same statement: "
                  + d.contrast()
                  + " is a WordNet definition of what "
                  + rule.targetId()
                  + " says"));
    }
    boolean typedValue =
        d.onlyExisting().stream().anyMatch(existing.values()::contains)
            || d.onlyIncoming().stream().anyMatch(incoming.values()::contains);
    if (typedValue
        || d.polarityDiffers()
        || d.antonym() != null
        || !d.changeWords().isEmpty()
        || d.additive()
        || rule.cosine() < MEANING_ONLY_COSINE) {
      return Optional.empty();
    }
    return Optional.of(
        rule.of(
            Action.REINFORCE,
            String.format(
                Locale.ROOT,
                "same statement: %s say the same as %s in other words (cosine %.2f, no differing"
                    + " values, same polarity)",
                d.contrast(),
                rule.targetId(),
                rule.cosine())));
  }

  private static Verdict substitution(
      Rule rule, Difference d, Statement existing, Statement incoming) {
    String what = d.contrast();
    // when and how often something happens is no attribute: "takes vitamin D daily" / "takes
    // blood pressure tablets daily" share only the day
    List<String> topic =
        withoutNames(d.anchors(), existing, incoming).stream()
            .filter(w -> !when(w, existing, incoming))
            .toList();
    if (d.antonym() != null
        && (!withoutNames(d.shared(), existing, incoming).isEmpty()
            || existing.content().size() == 1)) {
      return rule.of(Action.UPDATE, "conflict: " + what + " (opposite values " + d.antonym() + ")");
    }
    if (d.changeWords().isEmpty() && Purposes.twoPurposes(d, existing, incoming)) {
      // "saved 3,000 euros for a holiday" / "for a new kitchen": money put aside for each
      return rule.of(
          Action.ADD, "distinct: " + what + " are two purposes, next to " + rule.targetId());
    }
    if (d.changeWords().isEmpty() && occupationAgainstOther(d, existing, incoming)) {
      return rule.of(
          Action.ADD,
          "distinct: "
              + what
              + " are an occupation and another kind of value, next to what "
              + rule.targetId()
              + " holds");
    }
    if (d.antonym() == null && d.relationDiffers(existing, incoming)) {
      if (d.differentThings(existing, incoming)) {
        return rule.of(
            Action.ADD,
            "distinct: "
                + what
                + " are different kinds of thing, each with what "
                + rule.targetId()
                + " holds");
      }
      return rule.cosine() >= RELATION_PARAPHRASE_COSINE
          ? rule.of(
              Action.REINFORCE,
              String.format(
                  Locale.ROOT,
                  "same statement: %s say the same of what %s holds (cosine %.2f)",
                  what,
                  rule.targetId(),
                  rule.cosine()))
          : rule.of(
              Action.ADD,
              "distinct: " + what + " relate otherwise to what " + rule.targetId() + " holds");
    }
    // a quantity of one thing replaced: "speaks 3 languages" / "speaks 4 languages"
    boolean quantity = d.numberReplaced(existing, incoming) && !d.shared().isEmpty();
    if ((d.additivePredicate() || Creation.madeThings(d, existing, incoming)) && !quantity) {
      return rule.of(
          Action.ADD,
          "additional fact: "
              + what
              + " under a many-valued predicate, next to "
              + rule.targetId());
    }
    if (!quantity
        && (topic.isEmpty()
            || d.subjectOnly(existing, incoming)
            || twoWorks(d, existing, incoming))) {
      return paraphrase(rule, d, existing, incoming)
          .orElseGet(
              () ->
                  rule.fallback(
                      Fallback.NOTHING_SHARED,
                      "new: " + what + " share no attribute with " + rule.targetId()));
    }
    if (d.prepositionClash()) {
      // a rule's reading, not a default: "works as" and "works at" are two slots
      return rule.of(
          Action.ADD, "new: " + what + " fill different slots than in " + rule.targetId());
    }
    if (!d.inPlace()
        && !(d.valuesOnBothSides(existing, incoming) && d.contiguous(existing, incoming))) {
      boolean noValues =
          d.onlyExisting().stream().noneMatch(existing.values()::contains)
              && d.onlyIncoming().stream().noneMatch(incoming.values()::contains);
      if (noValues && rule.cosine() >= PARAPHRASE_COSINE) {
        return rule.of(
            Action.REINFORCE,
            String.format(
                Locale.ROOT,
                "same statement: rewording of %s (%s reworded, cosine %.2f, no values)",
                rule.targetId(),
                what,
                rule.cosine()));
      }
      if (ValueKinds.singleValued(d.anchors()) && d.valuesOnBothSides(existing, incoming)) {
        return rule.of(
            Action.UPDATE,
            "conflict: "
                + d.substitution()
                + " on single-valued "
                + q(d.anchors())
                + " of "
                + rule.targetId());
      }
      return rule.fallback(
          Fallback.NOT_IN_PLACE, "new: " + what + " are not one value replaced in place");
    }
    if (d.onlyExisting().size() > MAX_SUBSTITUTED || d.onlyIncoming().size() > MAX_SUBSTITUTED) {
      return rule.fallback(Fallback.TOO_MUCH, "new: " + what + " differ too much to be one value");
    }
    return rule.of(
        Action.UPDATE,
        "conflict: " + d.substitution() + " on " + q(d.anchors()) + " of " + rule.targetId());
  }

  /**
   * Whether one statement says its subject is intolerant of something and the other, negated, that
   * it does not take it in: "is gluten intolerant" / "can't eat gluten", "is lactose intolerant" /
   * "can't digest lactose". The positive side adds only the word for intolerance (not an allergy:
   * "allergic to eggs" / "cannot eat eggs" are two facts), the negative side nothing or a verb of
   * consumption ({@link Tolerance#consumes}).
   */
  private static boolean keepsAway(Difference d, Statement existing, Statement incoming) {
    boolean existingPositive = !existing.negative();
    List<String> positive = existingPositive ? d.onlyExisting() : d.onlyIncoming();
    List<String> negative = existingPositive ? d.onlyIncoming() : d.onlyExisting();
    Statement negated = existingPositive ? incoming : existing;
    return positive.equals(List.of(INTOLERANT))
        && !d.shared().isEmpty()
        && negative.stream().allMatch(w -> Tolerance.consumes(negated.surfaceOf(w)));
  }

  /** The lexicon's word for being intolerant of something. */
  private static final String INTOLERANT = Lexicon.canonical("intolerant");

  /**
   * Whether one side's differing words name an occupation ({@link Occupations}) and the other's
   * name none and nothing the lexicon reads as work but say what the subject does, with a verb in
   * the present: "wife is a teacher" / "wife likes gardening" say two things of one person, not one
   * value replaced.
   */
  private static boolean occupationAgainstOther(
      Difference d, Statement existing, Statement incoming) {
    boolean before = d.onlyExisting().stream().anyMatch(w -> occupation(w, existing));
    boolean after = d.onlyIncoming().stream().anyMatch(w -> occupation(w, incoming));
    boolean work =
        d.onlyExisting().contains(Occupations.WORK) || d.onlyIncoming().contains(Occupations.WORK);
    // the other side says what its subject does: a verb in the present ("likes", "plays")
    boolean doing =
        before
            ? d.onlyIncoming().stream().anyMatch(w -> presentVerb(incoming.surfaceOf(w)))
            : d.onlyExisting().stream().anyMatch(w -> presentVerb(existing.surfaceOf(w)));
    return before != after && !work && doing;
  }

  /** Whether a word is a verb in the third person present: "likes", "enjoys", "plays". */
  private static boolean presentVerb(String surface) {
    return surface.endsWith("s") && WordNet.verbForm(surface);
  }

  private static boolean occupation(String word, Statement statement) {
    return !statement.values().contains(word) && Occupations.occupation(statement.surfaceOf(word));
  }

  /**
   * Whether the statements open with the names of two people ("Anna …" / "Maria …"). "User", the
   * word facts use for the user when no name is known, is no name ({@link Statement#subject}), so
   * it may be the same person as any name.
   */
  private static boolean otherPeople(Statement existing, Statement incoming) {
    return existing.subject() != null
        && incoming.subject() != null
        && !existing.subject().equals(incoming.subject());
  }

  /**
   * The words without the names the two statements share: a name says who, not what. A shared word
   * is a name when one statement holds it as a name and both write it capitalized ("Gina found …" /
   * "… lost Gina's job"); "Apple Music" against "for music" keeps "music" as what they are about.
   */
  private static List<String> withoutNames(
      List<String> words, Statement existing, Statement incoming) {
    return words.stream()
        .filter(
            w ->
                !(existing.names().contains(w) || incoming.names().contains(w))
                    || !existing.capitalized().contains(w)
                    || !incoming.capitalized().contains(w))
        .toList();
  }

  /**
   * Whether a shared word is a time (a weekday, a month, a year), says how often ("daily"), or is
   * part of a time phrase in both statements ("last summer": {@link TimePhrases}).
   */
  private static boolean when(String word, Statement existing, Statement incoming) {
    return ValueKinds.time(word, existing)
        || ValueKinds.time(word, incoming)
        || Frequencies.frequency(existing.surfaceOf(word))
        || TimePhrases.when(word, existing) && TimePhrases.when(word, incoming);
  }

  /**
   * Whether both statements open with the same word for a work ("a photo of a cake …" / "a photo of
   * a desk …", "painting of a horse" / "painting of a sunset"): each describes a work of its own,
   * which another work's description does not replace.
   */
  private static boolean twoWorks(Difference d, Statement existing, Statement incoming) {
    if (existing.content().isEmpty()
        || incoming.content().isEmpty()
        || ValueKinds.singleValued(d.shared())) {
      return false;
    }
    String first = existing.content().get(0);
    return first.equals(incoming.content().get(0))
        && WordNet.isKindOf(existing.surfaceOf(first), "creation");
  }

  private static String q(List<String> words) {
    return "'" + String.join(" ", words) + "'";
  }

  /**
   * A candidate's outcome and how strongly it is tied to the incoming statement; {@code fallback}
   * says which of the rules' defaults added it, null for a verdict of a rule.
   */
  record Verdict(
      Action action,
      String targetId,
      String reason,
      int anchors,
      double cosine,
      @Nullable Fallback fallback) {}

  private record Rule(String targetId, double cosine, int anchors) {
    Verdict of(Action action, String reason) {
      return new Verdict(
          action, action == Action.ADD ? null : targetId, reason, anchors, cosine, null);
    }

    /** Added by a default of the rules: nothing they read said otherwise. */
    Verdict fallback(Fallback which, String reason) {
      return new Verdict(Action.ADD, null, reason, anchors, cosine, which);
    }
  }
}
