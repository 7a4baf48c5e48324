package dev.engram.memory.evolve;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A new value of a state of the subject, said without the old statement's words: typed evidence
 * that two statements fill one single-valued attribute where they share no attribute word, or where
 * the words they share are read as many-valued or as an event.
 *
 * <ul>
 *   <li>an amount per period: each says one amount (of the same currency, or of none) per the same
 *       period, and the amounts differ ("salary is 52,000 pounds a year" / "got a raise to £58,000
 *       annually"). What else each says either only one side says, or one side's word is in a
 *       WordNet definition of the other's (a raise is "the amount a salary is increased"): "spends
 *       200 a month on groceries" / "spends 50 a month on the gym" are two amounts.
 *   <li>opposite values with a change word: a value of one side is the opposite of one of the other
 *       ({@link Difference#antonym}: "remote" / "office", "introvert" / "extrovert"), the new side
 *       says it changed ("now", "has become") and the old side's value is a few words ("works
 *       remotely" / "now commutes to the office five days a week").
 *   <li>a liking given up: the old side's verb is a liking (love, enjoy: the lexicon's "like"), the
 *       new one, sharing what was liked, says it dislikes, hates, lost interest in or is bored by
 *       it (a negation alone is not enough) ("loves wildlife documentaries" / "has lost interest in
 *       nature documentaries").
 * </ul>
 *
 * <p>Only for statements about the same subject and no other person (no relation noun on either
 * side: "User's sister earns …" is hers), and never for an additive statement ("also", "another").
 */
final class StateChanges {
  private StateChanges() {}

  /** Most words of the old statement a change word and an opposite replace as one value. */
  private static final int ONE_VALUE = 3;

  /** Words of a period, in any form, by the period: "a year", "annually", "per annum". */
  private static final Map<String, String> PERIODS = periods();

  private static Map<String, String> periods() {
    Map<String, String> out = new java.util.HashMap<>();
    period(out, "year", "year years yearly annual annually annum");
    period(out, "month", "month months monthly");
    period(out, "week", "week weeks weekly");
    period(out, "day", "day days daily");
    period(out, "hour", "hour hours hourly");
    return Map.copyOf(out);
  }

  private static void period(Map<String, String> out, String period, String words) {
    for (String w : words.split(" ")) {
      out.put(w, period);
      out.put(Lexicon.canonical(w), period);
    }
  }

  /** The lexicon's words of liking and of its opposites. */
  private static final String LIKE = Lexicon.canonical("like");

  private static final Set<String> DISLIKE =
      Set.of(Lexicon.canonical("hate"), Lexicon.canonical("dislike"), Lexicon.canonical("boring"));

  private static final String LOST = Lexicon.canonical("lost");
  private static final String INTEREST = Lexicon.canonical("interest");

  /** Why the incoming statement replaces the existing one, if it does by one of the rules. */
  static Optional<String> replaced(Statement existing, Statement incoming, Difference d) {
    if (d.additive()
        || !Objects.equals(existing.subject(), incoming.subject())
        || otherPerson(existing)
        || otherPerson(incoming)) {
      return Optional.empty();
    }
    if (amountReplaced(existing, incoming, d)) {
      return Optional.of(d.contrast() + ": another amount per the same period");
    }
    if (d.antonym() != null
        && tabled(d.antonym())
        && !d.changeWords().isEmpty()
        && !existing.negative()
        && !incoming.negative()
        && d.onlyExisting().size() <= ONE_VALUE) {
      return Optional.of(
          d.contrast()
              + ": opposite values "
              + d.antonym()
              + " with change word "
              + String.join(" ", d.changeWords()));
    }
    if (likingGivenUp(existing, incoming, d)) {
      return Optional.of(d.contrast() + ": no longer liked");
    }
    return Optional.empty();
  }

  /**
   * Whether the pair of opposites is in the lexicon's table ({@link Lexicon#antonyms}): WordNet's
   * opposites ("begin" / "end", "safe" / "out") are not values of one state.
   */
  private static boolean tabled(String antonym) {
    String[] xy = antonym.split("/", 2);
    return xy.length == 2 && Lexicon.antonyms(xy[0], xy[1]);
  }

  private static boolean otherPerson(Statement s) {
    return s.content().stream().anyMatch(ValueKinds::person);
  }

  /** One amount of a statement: the number, its currency code or null, and its period. */
  record Amount(String number, String currency, String period) {}

  /**
   * The statement's one amount per period: exactly one number (digits) among its values, a currency
   * code right after it or none, and a word of a period anywhere; empty otherwise.
   */
  static Optional<Amount> amount(Statement s) {
    List<String> words = s.content();
    String number = null;
    String currency = null;
    String period = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (s.values().contains(w) && w.chars().allMatch(Character::isDigit)) {
        if (number != null) {
          return Optional.empty();
        }
        number = w;
        if (i + 1 < words.size() && currency(words.get(i + 1))) {
          currency = words.get(i + 1);
        }
      } else if (!s.values().contains(w) && PERIODS.containsKey(s.surfaceOf(w))) {
        if (period != null && !period.equals(PERIODS.get(s.surfaceOf(w)))) {
          return Optional.empty();
        }
        period = PERIODS.get(s.surfaceOf(w));
      }
    }
    return number == null || period == null
        ? Optional.empty()
        : Optional.of(new Amount(number, currency, period));
  }

  /** Whether a word is a currency code in lower case, as {@link Currencies} writes it. */
  private static boolean currency(String word) {
    if (word.length() != 3) {
      return false;
    }
    try {
      Currency.getInstance(word.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean amountReplaced(Statement existing, Statement incoming, Difference d) {
    Optional<Amount> a = amount(existing);
    Optional<Amount> b = amount(incoming);
    if (a.isEmpty()
        || b.isEmpty()
        || a.get().number().equals(b.get().number())
        || !a.get().period().equals(b.get().period())
        || a.get().currency() != null
            && b.get().currency() != null
            && !a.get().currency().equals(b.get().currency())) {
      return false;
    }
    List<String> before = rest(existing, d.onlyExisting(), a.get());
    List<String> after = rest(incoming, d.onlyIncoming(), b.get());
    return before.isEmpty() || after.isEmpty() || defined(existing, before, incoming, after);
  }

  /** The words only one side holds, without its amount, currency and period. */
  private static List<String> rest(Statement s, List<String> only, Amount amount) {
    List<String> out = new ArrayList<>();
    for (String w : only) {
      if (!w.equals(amount.number())
          && !w.equals(amount.currency())
          && !PERIODS.containsKey(s.surfaceOf(w))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether a word of one side is in a WordNet definition of a word of the other: a raise is "the
   * amount a salary is increased".
   */
  private static boolean defined(
      Statement existing, List<String> before, Statement incoming, List<String> after) {
    return inDefinition(incoming, after, before) || inDefinition(existing, before, after);
  }

  private static boolean inDefinition(Statement defined, List<String> words, List<String> others) {
    for (String w : words) {
      for (String gloss : Definitions.glosses(defined.surfaceOf(w))) {
        Set<String> glossWords = new java.util.HashSet<>();
        for (String token : gloss.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (!token.isEmpty() && !Lexicon.STOP.contains(token)) {
            glossWords.add(Lexicon.canonical(token));
          }
        }
        if (others.stream().anyMatch(glossWords::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the old side likes what the new one, sharing it, is negated about or dislikes: the new
   * side does not like it again, and shares a word other than the liking and a period.
   */
  private static boolean likingGivenUp(Statement existing, Statement incoming, Difference d) {
    // the liking is the subject's verb ("loves", "enjoys"), not "like" as a preposition ("felt
    // like", "stuff like that")
    List<String> before = existing.content();
    if (existing.negative()
        || before.isEmpty()
        || !before.get(0).equals(LIKE)
        || existing.surfaceOf(LIKE).equals("like")) {
      return false;
    }
    List<String> in = incoming.content();
    // a negation alone is not enough: "loves their work" / "has not read that yet"
    boolean disliked =
        in.stream().anyMatch(DISLIKE::contains) || in.contains(LOST) && in.contains(INTEREST);
    if (!disliked || in.contains(LIKE)) {
      return false;
    }
    // what was liked, a plain word after the liking that both say
    return d.shared().stream()
        .anyMatch(
            w ->
                !w.equals(LIKE)
                    && before.contains(w)
                    && in.contains(w)
                    && !Lexicon.GENERIC.contains(w)
                    && !existing.values().contains(w)
                    && !incoming.values().contains(w)
                    && !existing.capitalized().contains(w)
                    && !PERIODS.containsKey(existing.surfaceOf(w)));
  }
}
