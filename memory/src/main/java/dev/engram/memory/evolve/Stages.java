package dev.engram.memory.evolve;

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

/**
 * Stages that follow each other in one process: a child goes from nursery to reception to Year 1,
 * an order is placed, shipped, then delivered, a job application goes from applied to interviewing
 * to an offer, a support ticket from opened to resolved to closed, a subscription from a trial to
 * paid. Said of the same one (the same child, the same order), the later stage replaces the
 * earlier: "Mila has started first grade" replaces "User's daughter Mila is in kindergarten".
 *
 * <p>The stages come from a small table of general process kinds ({@link #PROCESSES}), not from
 * WordNet: WordNet has no relation of one state following another (its verb entailments hold for
 * few verbs and none of these), and it files the stages apart — "nursery" is first a child's room,
 * "reception" a party, "year" a period of time, "first grade" no entry; "ship" and "deliver" share
 * nothing below "move". The table holds the process kinds that a memory of a person's life or of a
 * customer's account goes through again and again (schooling, orders, applications, tickets,
 * subscriptions), each with its stages in order; the years and grades of school are ranked by their
 * number ("Year 6" < "Year 7", "first grade" < "third grade").
 *
 * <p>Who or what is in the stage is the statement's subject: for a schooling stage a person (the
 * subject, a relative of it, a name: "User's daughter Mila", "Mila", "Kate's son"), for the others
 * the thing the process is of (an order, an application, a ticket) with its number if it has one.
 * Two subjects are one when both name someone and the names meet, or neither names anyone and their
 * words agree; two numbers are two orders. The stage is read only after the subject's verb, so "the
 * nursery closed" puts no one in nursery.
 */
final class Stages {
  private Stages() {}

  /** What kind of subject a process is of. */
  private enum Bearer {
    /** a person: the subject, a relative, a name */
    PERSON,
    /** a thing the process is of: an order, a ticket, an application */
    THING
  }

  /**
   * A kind of process: what it is of, its subject nouns (for a thing), and its stages in order,
   * each stage's words (the lemma of a verb or a noun, or a phrase).
   */
  private record Process(
      String name, Bearer bearer, Set<String> things, List<Set<String>> stages) {}

  /** The process kinds; a stage's rank is its place in its list. */
  static final List<Process> PROCESSES =
      List.of(
          new Process(
              "schooling",
              Bearer.PERSON,
              Set.of(),
              List.of(
                  Set.of("nursery", "preschool", "pre-school", "playgroup", "pre-k"),
                  Set.of("kindergarten", "reception"))),
          new Process(
              "order",
              Bearer.THING,
              Set.of("order", "package", "parcel", "shipment", "delivery"),
              List.of(
                  Set.of("place", "placed", "order", "ordered", "process", "processing"),
                  Set.of("pack", "packed", "dispatch", "dispatched", "ship", "shipped", "sent"),
                  Set.of("in transit", "out for delivery"),
                  Set.of("deliver", "delivered", "arrive", "arrived", "receive", "received"),
                  Set.of("return", "returned", "refund", "refunded"))),
          new Process(
              "application",
              Bearer.THING,
              Set.of("application", "candidacy"),
              List.of(
                  Set.of("submit", "submitted", "apply", "applied"),
                  Set.of("shortlist", "shortlisted", "screen", "screened", "review", "reviewed"),
                  Set.of("interview", "interviewing", "interviewed"),
                  Set.of("offer", "offered", "accept", "accepted", "reject", "rejected"))),
          new Process(
              "ticket",
              Bearer.THING,
              Set.of("ticket", "case", "issue", "request", "complaint", "incident", "bug"),
              List.of(
                  Set.of(
                      "open", "opened", "report", "reported", "raise", "raised", "log", "logged"),
                  Set.of(
                      "assign",
                      "assigned",
                      "escalate",
                      "escalated",
                      "investigate",
                      "investigating",
                      "in progress"),
                  Set.of("resolve", "resolved", "fix", "fixed"),
                  Set.of("close", "closed"))),
          new Process(
              "subscription",
              Bearer.PERSON,
              Set.of(),
              List.of(
                  Set.of("free trial", "trial"),
                  Set.of("paid plan", "paid subscription", "paying customer", "paid tier"))));

  /** The rank of a school year or grade: "Year 7", "grade 3", "first grade", "3rd grade". */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "\\b(?:(?:year|grade)\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)\\s+(?:grade|year)"
              + "|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
              + "|twelfth)\\s+(?:grade|year))\\b");

  /** Schooling's stages before the numbered years. */
  private static final int NUMBERED_FROM = 2;

  /**
   * A stage a statement says its subject is in.
   *
   * @param process the process kind's name
   * @param who the subject: names (lower case) and its other words
   * @param rank the stage's place in the process
   * @param objects the names after the verb, but a school's ("Duolingo" of "a free trial of
   *     Duolingo")
   */
  record Stage(String process, Who who, int rank, Set<String> objects) {
    /**
     * Whether the two stages are of one thing gone through: a trial and a paid plan of two services
     * ("a free trial of Duolingo" / "a paid plan for Spotify") are not.
     */
    boolean sameObject(Stage other) {
      return objects.isEmpty()
          || other.objects.isEmpty()
          || objects.stream().anyMatch(other.objects::contains);
    }
  }

  /**
   * Who or what is in a stage: the names said of it, its other words (owner, relative noun, thing),
   * and its number, if any ("#4410").
   */
  record Who(Set<String> names, List<String> words, String number) {
    boolean same(Who other) {
      if (!number.equals(other.number)) {
        return false;
      }
      if (!names.isEmpty() && !other.names.isEmpty()) {
        return names.stream().anyMatch(other.names::contains);
      }
      return names.isEmpty() && other.names.isEmpty() && words.equals(other.words);
    }
  }

  /** The verdict on an older and a newer statement of one process, if any. */
  static Optional<RuleCall> decide(String older, String newer) {
    Optional<Stage> a = of(older);
    Optional<Stage> b = of(newer);
    if (a.isEmpty()
        || b.isEmpty()
        || !a.get().process().equals(b.get().process())
        || !a.get().who().same(b.get().who())
        || !a.get().sameObject(b.get())
        || b.get().rank() <= a.get().rank()) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleCall(
            Resolver.Action.UPDATE,
            "conflict: a later stage of "
                + a.get().process()
                + " ("
                + b.get().rank()
                + " after "
                + a.get().rank()
                + ") replaces the earlier one of "));
  }

  private static final Pattern TOKEN =
      Pattern.compile("#?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:['’]s\\b)?");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "their", "his", "her");

  /** The stage a statement says its subject is in, if any. */
  static Optional<Stage> of(String text) {
    List<String> written = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      written.add(m.group());
    }
    if (written.size() < 2) {
      return Optional.empty();
    }
    // the subject: words up to the first lower-case word that is no noun of it
    Set<String> names = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    String number = "";
    int i = 0;
    while (i < written.size()) {
      String w = written.get(i);
      boolean possessive = w.endsWith("'s") || w.endsWith("’s");
      String bare = possessive ? w.substring(0, w.length() - 2) : w;
      String lower = bare.toLowerCase(Locale.ROOT);
      if (ARTICLES.contains(lower)) {
        i++;
        continue;
      }
      if (lower.startsWith("#") || lower.chars().allMatch(Character::isDigit)) {
        number = lower.replace("#", "");
        i++;
        continue;
      }
      // a name after "'s" owns the subject ("Kate's son"): a word of it, not its name
      boolean name =
          Character.isUpperCase(bare.charAt(0))
              && !subjectWord(lower)
              && !possessive
              && !thingWord(lower)
              && !(i == 0 && WordNet.plain(lower) && person(lower));
      if (name) {
        names.add(lower);
      } else if (i == 0 || possessive || person(lower) || thingWord(lower)) {
        words.add(lower);
      } else if (verb(lower)) {
        break;
      } else {
        // "User's nursery closed": a noun of the subject that is none of these
        return Optional.empty();
      }
      i++;
    }
    if (i >= written.size() || words.isEmpty() && names.isEmpty()) {
      return Optional.empty();
    }
    String predicate =
        String.join(" ", written.subList(i, written.size())).toLowerCase(Locale.ROOT);
    Who who = new Who(Set.copyOf(names), List.copyOf(words), number);
    for (Process p : PROCESSES) {
      boolean fits =
          p.bearer() == Bearer.PERSON
              ? p.things().isEmpty() && (words.isEmpty() || personHead(words))
              : words.stream().anyMatch(p.things()::contains);
      if (!fits) {
        continue;
      }
      int rank = rank(p, predicate);
      if (rank >= 0) {
        Set<String> objects = new LinkedHashSet<>();
        if (!p.name().equals("schooling")) {
          for (String w : written.subList(i, written.size())) {
            if (Character.isUpperCase(w.charAt(0))) {
              objects.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
        return Optional.of(new Stage(p.name(), who, rank, Set.copyOf(objects)));
      }
    }
    return Optional.empty();
  }

  /** The rank of the stage of {@code p} a predicate names, -1 when none. */
  private static int rank(Process p, String predicate) {
    if (p.name().equals("schooling")) {
      Matcher n = NUMBERED.matcher(predicate);
      if (n.find()) {
        int year =
            n.group(1) != null
                ? Integer.parseInt(n.group(1))
                : n.group(2) != null
                    ? Integer.parseInt(n.group(2))
                    : Numerals.ordinalValue(n.group(3));
        return NUMBERED_FROM + year;
      }
    }
    List<String> tokens = List.of(predicate.split("[^\\p{L}\\p{N}-]+"));
    int found = -1;
    for (int r = 0; r < p.stages().size(); r++) {
      for (String term : p.stages().get(r)) {
        boolean hit =
            term.contains(" ")
                ? (" " + predicate + " ").contains(" " + term + " ")
                : tokens.contains(term);
        if (hit) {
          found = r;
        }
      }
    }
    return found;
  }

  /** The subject words of a person: "user", a relative or person noun, a name. */
  private static boolean personHead(List<String> words) {
    String head = words.get(words.size() - 1);
    return subjectWord(head) || person(head);
  }

  private static boolean subjectWord(String lower) {
    return lower.equals("user") || lower.equals("customer") || lower.equals("i");
  }

  private static boolean thingWord(String lower) {
    return PROCESSES.stream().anyMatch(p -> p.things().contains(lower));
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

  /** Whether a word can be the subject's verb: an auxiliary, a verb form, a verb's lemma. */
  private static boolean verb(String lower) {
    return Lexicon.STOP.contains(lower)
        || WordNet.plain(lower)
            && WordNet.ask(
                lower, dictionary -> dictionary.lookupIndexWord(POS.VERB, lower) != null);
  }
}
