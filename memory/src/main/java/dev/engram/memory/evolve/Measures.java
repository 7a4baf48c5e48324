package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * An amount a statement gives of one thing of its subject: a salary, a rent, a payment, a budget, a
 * dose, the size of a booking. One thing has one amount at a time, so a new amount of it replaces
 * the old ("User's salary is £48,000" → "User got a raise to £52,000"), while amounts of two things
 * ("User's gym membership is $45 a month" / "User pays $15 a month for cloud storage") or of two
 * people ("User's sister takes 100 mg of sertraline") are two facts.
 *
 * <p>What is measured is read by grammar, never from a list of words:
 *
 * <ul>
 *   <li>"S's [qualifiers] THING [in|for|at X] is|was … AMOUNT": the noun before the verb ("User's
 *       car loan payment is $340 a month", "User's salary was bumped to $67,500");
 *   <li>"S VERB [a|the] [qualifiers] THING … to AMOUNT": the verb's object ("User got a raise to
 *       £58,000", "User's landlord put the rent up to 1000 pounds");
 *   <li>"S VERB AMOUNT of|for THING": what the amount is of or for ("User takes 50 mg of
 *       sertraline", "User pays $15 a month for cloud storage");
 *   <li>"S VERB AMOUNT": the verb itself ("User earns 45,000 a year").
 * </ul>
 *
 * <p>An amount is a number that is no identifier: not after "#", not right after a noun ("order
 * 5521"), not a year, not a time. Two things are one when they are the same word, WordNet synonyms,
 * one a kind of the other ({@link WordNet#isKindOf}: an instalment is a payment), or the first
 * sense's definition of one names the other ("raise": the amount a salary is increased; "earn":
 * earn as salary or wages; "savings": a fund of money). The subject is the first word and a
 * relative after it ("User's sister"); a role after it is no owner ("User's landlord put the rent
 * up": the user's rent).
 *
 * <p>Not consulted by the resolver ({@link RuleCall}): measured in session 27
 * (docs/memory-quality.md), its replacements gained on the readable sets and lost one item on each
 * of four held-out sets.
 */
final class Measures {
  private Measures() {}

  /**
   * What a statement measures.
   *
   * @param owner the subject, and a relative of it ("user", "user sister"), lower case
   * @param thing the measured noun, or the verb when none is said ("salary", "earn")
   * @param qualifiers other nouns that say which thing ("car", "loan" of "car loan payment")
   * @param value the number, in plain digits ("48000")
   */
  record Measure(String owner, String thing, Set<String> qualifiers, BigDecimal value) {
    private boolean relative() {
      return owner.contains(" ");
    }
  }

  /** The verdict on an older and a newer statement when both give an amount, if any. */
  static Optional<RuleCall> decide(String older, String newer) {
    Optional<Measure> a = of(older);
    Optional<Measure> b = of(newer);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    Measure old = a.get();
    Measure now = b.get();
    if (!old.owner().equals(now.owner())) {
      // "User's sister takes 100 mg" / "User's sertraline was increased to 100 mg": two people
      return old.relative() || now.relative()
          ? Optional.of(
              new RuleCall(
                  Resolver.Action.ADD,
                  "distinct: amounts of " + old.owner() + " and of " + now.owner() + ", in "))
          : Optional.empty();
    }
    boolean sameValue = old.value().compareTo(now.value()) == 0;
    // "User takes 10 mg of lisinopril" / "User's lisinopril dose was increased": the thing named
    // as what the other's measure is of
    boolean one =
        sameThing(old.thing(), now.thing())
            || now.qualifiers().contains(old.thing())
            || old.qualifiers().contains(now.thing());
    if (!one) {
      return sameValue
          ? Optional.empty()
          : Optional.of(
              new RuleCall(
                  Resolver.Action.ADD,
                  "distinct: amounts of '"
                      + now.thing()
                      + "' and of '"
                      + old.thing()
                      + "', two things, next to "));
    }
    if (sameValue || !qualifiersAgree(old.qualifiers(), now.qualifiers())) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleCall(
            Resolver.Action.UPDATE,
            "conflict: "
                + Numerals.plain(now.value())
                + " replaces "
                + Numerals.plain(old.value())
                + " as the amount of '"
                + now.thing()
                + "' of "));
  }

  private static final Pattern TOKEN =
      Pattern.compile("#?[$£€]?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]|[.,:](?=\\p{N}))*");

  /** A number, maybe with a currency sign and thousands: "$67,500", "£48,000", "52k", "4". */
  private static final Pattern NUMBER =
      Pattern.compile("[$£€]?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(k)?");

  private static final Set<String> COPULA =
      Set.of("is", "are", "was", "were", "be", "been", "remains", "stands");

  /** Words that may stand before an amount. */
  private static final Set<String> BEFORE_AMOUNT =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "been",
          "to",
          "of",
          "for",
          "at",
          "about",
          "around",
          "roughly",
          "approximately",
          "nearly",
          "almost",
          "over",
          "under",
          "by",
          "now",
          "still",
          "only",
          "just",
          "reached",
          "hit",
          "totals",
          "costs",
          "cost",
          "earns",
          "earned",
          "makes",
          "pays",
          "paid",
          "takes",
          "took",
          "spends",
          "spent",
          "owes",
          "charges",
          "gets");

  /**
   * Prepositions naming what an amount is of or for: "50 mg of", "$15 for", "1200 euros in rent".
   */
  private static final Set<String> OF_FOR = Set.of("of", "for", "in", "on");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "their", "his", "her");
  private static final Set<String> PREPOSITIONS = Set.of("in", "for", "at", "on", "with", "of");

  private static final Cache<String, Boolean> SAME =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** A written word, lower case, and whether "'s" ended it. */
  private record Token(String written, String lower, boolean possessive) {}

  /** What a statement measures, if it gives one amount of one thing. */
  static Optional<Measure> of(String text) {
    List<Token> t = tokens(text);
    int start = !t.isEmpty() && t.get(0).lower().equals("the") ? 1 : 0;
    if (t.size() - start < 3) {
      return Optional.empty();
    }
    int amount = amount(t, start + 1);
    if (amount < 0) {
      return Optional.empty();
    }
    BigDecimal value = value(t.get(amount).written());
    if (value == null) {
      return Optional.empty();
    }
    String owner = t.get(start).lower();
    int at = start + 1;
    if (t.get(start).possessive()
        && at < amount
        && person(t.get(at).lower())
        && WordNet.isKindOf(t.get(at).lower(), "relative")) {
      // "User's sister takes 100 mg …": the sister's
      owner = owner + " " + t.get(at).lower();
      at++;
      if (t.get(at - 1).possessive()) {
        return Optional.empty();
      }
    } else if (t.get(start).possessive()
        && at + 1 < amount
        && person(t.get(at).lower())
        && verbAt(t.get(at + 1))) {
      // "User's landlord put the rent up": the agent, not the owner
      return verbal(t, at + 1, amount, owner, value);
    }
    Optional<Measure> measured =
        t.get(start).possessive() && !verb(t.get(at))
            ? possessed(t, at, amount, owner, value)
            : verbal(t, at, amount, owner, value);
    return measured;
  }

  /** "User's car loan payment is $340": the nouns before the verb, the last one the thing. */
  private static Optional<Measure> possessed(
      List<Token> t, int from, int amount, String owner, BigDecimal value) {
    List<String> nouns = new ArrayList<>();
    int i = from;
    while (i < amount && Frequencies.frequency(t.get(i).lower())) {
      // "User's monthly gym membership": how often says nothing of which thing
      i++;
    }
    while (i < amount && noun(t.get(i))) {
      nouns.add(t.get(i).lower());
      i++;
    }
    if (nouns.isEmpty()) {
      return Optional.empty();
    }
    if (i < amount
        && !COPULA.contains(t.get(i).lower())
        && verbAt(t.get(i))
        && person(nouns.get(nouns.size() - 1))) {
      // "User's landlord put the rent up to …": the person acts on the user's thing
      return verbal(t, i, amount, owner, value);
    }
    if (i + 1 == amount
        && !COPULA.contains(t.get(i).lower())
        && verbAt(t.get(i))
        && amount + 1 < t.size()
        && noun(t.get(amount + 1))
        && !unit(t.get(amount + 1).lower())) {
      // "User's team has 12 engineers": what the amount counts
      return verbal(t, i, amount, owner, value);
    }
    Set<String> qualifiers = new LinkedHashSet<>(nouns.subList(0, nouns.size() - 1));
    if (i < amount && PREPOSITIONS.contains(t.get(i).lower())) {
      // "grade in organic chemistry", "booking at Nori Sushi"
      i = qualify(t, i + 1, amount, qualifiers);
    }
    if (i >= amount || !(COPULA.contains(t.get(i).lower()) || verb(t.get(i)))) {
      return Optional.empty();
    }
    return Optional.of(
        new Measure(owner, nouns.get(nouns.size() - 1), Set.copyOf(qualifiers), value));
  }

  /**
   * "User got a raise to £58,000", "User takes 50 mg of sertraline", "User pays $15 a month for
   * cloud storage", "User earns 45,000 a year".
   */
  private static Optional<Measure> verbal(
      List<Token> t, int from, int amount, String owner, BigDecimal value) {
    int v = from;
    while (v < amount && (t.get(v).lower().endsWith("ly") || t.get(v).lower().equals("now"))) {
      v++;
    }
    if (v >= amount || !verbAt(t.get(v)) || COPULA.contains(t.get(v).lower())) {
      return Optional.empty();
    }
    if (amount - 1 > v && verb(t.get(amount - 1)) && !COPULA.contains(t.get(amount - 1).lower())) {
      // "got a raise and earns 52,000 a year": the verb the amount follows
      v = amount - 1;
    }
    Set<String> qualifiers = new LinkedHashSet<>();
    if (v + 1 < amount) {
      // the object before the amount: "got a raise to", "put the rent up to"
      List<String> nouns = new ArrayList<>();
      int i = v + 1;
      if (ARTICLES.contains(t.get(i).lower())) {
        i++;
      }
      while (i < amount && noun(t.get(i))) {
        nouns.add(t.get(i).lower());
        i++;
      }
      if (nouns.isEmpty()) {
        return Optional.empty();
      }
      if (i < amount && PREPOSITIONS.contains(t.get(i).lower()) && !"to".equals(t.get(i).lower())) {
        i = qualify(t, i + 1, amount, qualifiers);
      }
      qualifiers.addAll(nouns.subList(0, nouns.size() - 1));
      return Optional.of(
          new Measure(owner, nouns.get(nouns.size() - 1), Set.copyOf(qualifiers), value));
    }
    // the amount right after the verb: what it counts ("has 40 seats"), what it is of or for
    // ("50 mg of sertraline", "$15 a month for cloud storage"), else the verb ("earns 45,000")
    if (amount + 1 < t.size()
        && noun(t.get(amount + 1))
        && !unit(t.get(amount + 1).lower())
        && !(amount + 2 < t.size() && t.get(amount + 2).lower().equals("of"))) {
      return Optional.of(new Measure(owner, t.get(amount + 1).lower(), Set.of(), value));
    }
    int i = amount + 1;
    while (i < t.size() && !PREPOSITIONS.contains(t.get(i).lower()) && i - amount <= 3) {
      i++;
    }
    if (i + 1 < t.size() && OF_FOR.contains(t.get(i).lower())) {
      List<String> nouns = new ArrayList<>();
      int j = i + 1;
      if (ARTICLES.contains(t.get(j).lower())) {
        j++;
      }
      while (j < t.size() && noun(t.get(j))) {
        nouns.add(t.get(j).lower());
        j++;
      }
      if (!nouns.isEmpty()) {
        qualifiers.addAll(nouns.subList(0, nouns.size() - 1));
        return Optional.of(
            new Measure(owner, nouns.get(nouns.size() - 1), Set.copyOf(qualifiers), value));
      }
    }
    String lemma = WordNet.verbLemma(t.get(v).lower());
    return Optional.of(
        new Measure(owner, lemma == null ? t.get(v).lower() : lemma, Set.of(), value));
  }

  /** Adds the words of a prepositional phrase as qualifiers; returns where it ends. */
  private static int qualify(List<Token> t, int from, int end, Set<String> qualifiers) {
    int i = from;
    if (i < end && ARTICLES.contains(t.get(i).lower())) {
      i++;
    }
    while (i < end && (noun(t.get(i)) || named(t.get(i)) || adjective(t.get(i)))) {
      qualifiers.add(t.get(i).lower());
      i++;
    }
    return i;
  }

  /**
   * The index of the first amount after {@code from}, or -1: a number after a word that may stand
   * before an amount or a verb, not after "#", not a year, not right after a noun.
   */
  private static int amount(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      String w = t.get(i).written();
      if (!NUMBER.matcher(w).matches()) {
        continue;
      }
      String prev = t.get(i - 1).lower();
      boolean money = w.charAt(0) == '$' || w.charAt(0) == '£' || w.charAt(0) == '€';
      boolean year = !money && w.matches("(19|20)\\d\\d");
      boolean before =
          BEFORE_AMOUNT.contains(prev)
              || t.get(i - 1).possessive() == false && verb(t.get(i - 1)) && !noun(t.get(i - 1));
      // "is 9 Park Ave": a house number, part of a name
      boolean named = i + 1 < t.size() && named(t.get(i + 1));
      if (!year && before && !named) {
        return i;
      }
      return -1;
    }
    return -1;
  }

  private static BigDecimal value(String written) {
    Matcher m = NUMBER.matcher(written);
    if (!m.matches()) {
      return null;
    }
    BigDecimal n =
        new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    return m.group(3) != null ? n.multiply(BigDecimal.valueOf(1000)) : n;
  }

  /** Whether two measured words name one thing. */
  static boolean sameThing(String a, String b) {
    if (a.equals(b) || Lexicon.canonical(a).equals(Lexicon.canonical(b))) {
      return true;
    }
    if (!WordNet.plain(a) || !WordNet.plain(b)) {
      return false;
    }
    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    return SAME.get(
        key,
        k ->
            WordNet.sameMeaning(a, b, 1)
                || WordNet.isKindOf(a, b)
                || WordNet.isKindOf(b, a)
                || defines(a, b)
                || defines(b, a));
  }

  /** Whether the first sense's definition of {@code word}, noun or verb, names {@code other}. */
  private static boolean defines(String word, String other) {
    return WordNet.ask(
        word,
        dictionary -> {
          for (POS pos : List.of(POS.NOUN, POS.VERB)) {
            IndexWord w = dictionary.lookupIndexWord(pos, word);
            if (w == null || w.getSenses().isEmpty()) {
              continue;
            }
            Synset first = w.getSenses().get(0);
            String gloss = first.getGloss();
            int quote = gloss.indexOf('"');
            String definition = quote < 0 ? gloss : gloss.substring(0, quote);
            String stem = Lexicon.canonical(other);
            if (WordNet.definitionWords(definition).stream()
                .anyMatch(d -> d.equals(other) || Lexicon.canonical(d).equals(stem))) {
              return true;
            }
          }
          return false;
        });
  }

  /** Qualifiers agree when either has none or they share one. */
  private static boolean qualifiersAgree(Set<String> a, Set<String> b) {
    return a.isEmpty()
        || b.isEmpty()
        || a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameThing(x, y)));
  }

  private static boolean verb(Token w) {
    String lower = w.lower();
    return w.written().equals(lower)
        && WordNet.plain(lower)
        && (WordNet.verbForm(lower) || COPULA.contains(lower));
  }

  /** Whether a word where the subject's verb stands can be a verb: "put", "cut", "set". */
  private static boolean verbAt(Token w) {
    String lower = w.lower();
    return verb(w)
        || w.written().equals(lower)
            && WordNet.plain(lower)
            && WordNet.ask(
                lower, dictionary -> dictionary.lookupIndexWord(POS.VERB, lower) != null);
  }

  private static boolean noun(Token w) {
    String lower = w.lower();
    return !w.possessive()
        && w.written().equals(lower)
        && WordNet.plain(lower)
        && !Lexicon.STOP.contains(lower)
        && !Lexicon.PREPOSITION_ROLE.containsKey(lower)
        && !COPULA.contains(lower)
        && WordNet.ask(lower, dictionary -> dictionary.lookupIndexWord(POS.NOUN, lower) != null)
        && !(WordNet.verbForm(lower) && !lower.endsWith("s") && !lower.endsWith("ing"))
        && !Frequencies.frequency(lower);
  }

  private static boolean adjective(Token w) {
    String lower = w.lower();
    return WordNet.plain(lower)
        && !Lexicon.STOP.contains(lower)
        && WordNet.ask(
            lower, dictionary -> dictionary.lookupIndexWord(POS.ADJECTIVE, lower) != null);
  }

  /** Whether a word names a unit or a currency: "mg", "km", "pounds", "euros". */
  private static boolean unit(String lower) {
    return Amounts.isUnit(lower)
        || Currencies.currency(lower)
        || WordNet.plain(lower)
            && (WordNet.isKindOf(lower, "monetary unit")
                || WordNet.isKindOf(lower, "unit of measurement"));
  }

  private static boolean named(Token w) {
    return Character.isUpperCase(w.written().charAt(0));
  }

  /**
   * Whether a word is a person noun: the lexicon's, or a first noun sense among WordNet's people.
   */
  private static boolean person(String lower) {
    return ValueKinds.person(Lexicon.canonical(lower))
        || WordNet.plain(lower)
            && WordNet.ask(
                lower,
                dictionary -> {
                  IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, lower);
                  return noun != null
                      && !noun.getSenses().isEmpty()
                      && "noun.person".equals(noun.getSenses().get(0).getLexFileName());
                });
  }

  private static List<Token> tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    List<Token> out = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      if (w.startsWith("#")) {
        out.add(new Token(w, w, false));
        continue;
      }
      boolean possessive = w.endsWith("'s") || w.endsWith("’s");
      String bare = possessive ? w.substring(0, w.length() - 2) : w;
      out.add(new Token(bare, bare.toLowerCase(Locale.ROOT), possessive));
    }
    return out;
  }
}
