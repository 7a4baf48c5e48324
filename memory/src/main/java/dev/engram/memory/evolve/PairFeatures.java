package dev.engram.memory.evolve;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the learned pair model ({@link LearnedPairs}) reads of a pair the rules left to their
 * default: general measures of the two statements and of what the rules found comparing them — the
 * cosine of their embeddings, how many words they share and hold alone, typed values on each side
 * of what differs, a flipped polarity, change words, opposite values, a slot — and which of the
 * rules' defaults was reached. No topic word lists: each feature is one the rules already compute
 * for any statement.
 */
final class PairFeatures {
  private PairFeatures() {}

  /** The most words a count feature tells apart: beyond it, more is the same. */
  private static final double CAP = 6;

  /** The most content words a statement's length tells apart: longer ones are told as long. */
  private static final double LONG = 12;

  /** The cosine above which a pair is read as close in meaning, for a second slope. */
  private static final double CLOSE = 0.75;

  /** Which default of the rules left the pair added (the openings of their reasons). */
  enum Fallback {
    /** Nothing in common the rules could read ("new: no shared attribute with …"). */
    NO_ATTRIBUTE,
    /** Words replaced, but none the two share pins an attribute ("… share no attribute with"). */
    NOTHING_SHARED,
    /** A substitution the rules did not read as one value replaced in place. */
    NOT_IN_PLACE,
    /** A substitution of more words each side than one value holds. */
    TOO_MUCH
  }

  /** The names of the features, in the order {@link #of} gives them. */
  static final List<String> NAMES =
      List.of(
          "cosine",
          "cosine_above_close",
          "jaccard",
          "shared",
          "only_existing",
          "only_incoming",
          "anchors",
          "same_head",
          "length_ratio",
          "words_existing",
          "words_incoming",
          "value_only_existing",
          "value_only_incoming",
          "values_both_sides",
          "value_shared",
          "number_only_existing",
          "number_only_incoming",
          "number_replaced",
          "time_differs",
          "person_differs",
          "person_shared",
          "polarity_differs",
          "change_word",
          "change_word_existing",
          "change_word_cosine",
          "antonym",
          "in_place",
          "contiguous",
          "preposition_clash",
          "additive",
          "additive_predicate",
          "slot_shared",
          "slot_changes",
          "slot_either",
          "ongoing_existing",
          "fallback_no_attribute",
          "fallback_nothing_shared",
          "fallback_not_in_place",
          "fallback_too_much");

  /**
   * The features of a pair.
   *
   * @param d what differs between the two, as the rules found it
   * @param cosine cosine of the two statements' embeddings
   * @param existingSlot the slot the existing statement fills
   * @param incomingSlot the slot the incoming statement fills
   * @param fallback which default of the rules was reached
   */
  static double[] of(
      Difference d,
      Statement existing,
      Statement incoming,
      double cosine,
      Optional<Slot> existingSlot,
      Optional<Slot> incomingSlot,
      Fallback fallback) {
    int shared = d.shared().size();
    int onlyExisting = d.onlyExisting().size();
    int onlyIncoming = d.onlyIncoming().size();
    int all = shared + onlyExisting + onlyIncoming;
    int shortest = Math.min(existing.content().size(), incoming.content().size());
    int longest = Math.max(existing.content().size(), incoming.content().size());
    boolean sameHead =
        !existing.content().isEmpty()
            && !incoming.content().isEmpty()
            && existing.content().get(0).equals(incoming.content().get(0));
    Predicate<String> existingValue = existing.values()::contains;
    Predicate<String> incomingValue = incoming.values()::contains;
    return new double[] {
      cosine,
      Math.max(0, cosine - CLOSE),
      all == 0 ? 0 : (double) shared / all,
      capped(shared),
      capped(onlyExisting),
      capped(onlyIncoming),
      capped(d.anchors().size()),
      flag(sameHead),
      longest == 0 ? 0 : (double) shortest / longest,
      Math.min(existing.content().size(), LONG) / LONG,
      Math.min(incoming.content().size(), LONG) / LONG,
      flag(d.onlyExisting().stream().anyMatch(existingValue)),
      flag(d.onlyIncoming().stream().anyMatch(incomingValue)),
      flag(d.valuesOnBothSides(existing, incoming)),
      flag(d.shared().stream().anyMatch(existingValue.or(incomingValue))),
      flag(d.onlyExisting().stream().anyMatch(w -> number(w, existing))),
      flag(d.onlyIncoming().stream().anyMatch(w -> number(w, incoming))),
      flag(d.numberReplaced(existing, incoming)),
      flag(
          d.onlyExisting().stream().anyMatch(w -> ValueKinds.time(w, existing))
              || d.onlyIncoming().stream().anyMatch(w -> ValueKinds.time(w, incoming))),
      flag(d.relativeDiffers()),
      flag(d.shared().stream().anyMatch(ValueKinds::person)),
      flag(d.polarityDiffers()),
      flag(!d.changeWords().isEmpty()),
      flag(!existing.changeWords().isEmpty()),
      d.changeWords().isEmpty() ? 0 : cosine,
      flag(d.antonym() != null),
      flag(d.inPlace()),
      flag(d.contiguous(existing, incoming)),
      flag(d.prepositionClash()),
      flag(d.additive()),
      flag(d.additivePredicate()),
      flag(Slot.shared(existingSlot, incomingSlot)),
      flag(incomingSlot.isPresent() && incomingSlot.get().changes()),
      flag(existingSlot.isPresent() || incomingSlot.isPresent()),
      flag(existing.ongoing()),
      flag(fallback == Fallback.NO_ATTRIBUTE),
      flag(fallback == Fallback.NOTHING_SHARED),
      flag(fallback == Fallback.NOT_IN_PLACE),
      flag(fallback == Fallback.TOO_MUCH)
    };
  }

  private static boolean number(String word, Statement statement) {
    return statement.values().contains(word) && Character.isDigit(word.charAt(0));
  }

  private static double capped(int n) {
    return Math.min(n, CAP) / CAP;
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
