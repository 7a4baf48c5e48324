package dev.engram.memory.evolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What differs between an existing statement and an incoming one.
 *
 * @param shared content words both hold
 * @param onlyExisting content words only the existing statement holds (replaced or dropped)
 * @param onlyIncoming content words only the incoming statement holds (new or substituted)
 * @param changeWords change words the incoming statement adds (now, moved, no longer, …)
 * @param polarityDiffers whether exactly one of the two is negated
 * @param additive whether the incoming statement says it adds (also, another, second, …)
 * @param retraction whether the incoming statement asks to forget a fact
 * @param antonym a pair of mutually exclusive values, "dark/light", or null
 * @param prepositionClash whether the substituted words sit in different slots ("as" vs "at")
 * @param inPlace whether the two differ in one block between the same words
 */
record Difference(
    List<String> shared,
    List<String> onlyExisting,
    List<String> onlyIncoming,
    Set<String> changeWords,
    boolean polarityDiffers,
    boolean additive,
    boolean retraction,
    String antonym,
    boolean prepositionClash,
    boolean inPlace) {

  /** Compares two parsed statements. */
  static Difference of(Statement existing, Statement incoming) {
    List<String> a = softAlign(existing.content(), incoming.content());
    List<String> b;
    b =
        sameMeanings(
            sameRoots(softAlign(incoming.content(), existing.content()), a, incoming, existing),
            a,
            incoming,
            existing);
    b = oneWordApart(a, b, existing, incoming);
    List<String> shared = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    for (String w : a) {
      (b.contains(w) ? shared : onlyA).add(w);
    }
    List<String> onlyB = b.stream().filter(w -> !a.contains(w)).toList();
    Set<String> change = new LinkedHashSet<>(incoming.changeWords());
    change.removeAll(existing.changeWords());
    // completing something changes only what was under way: "ran a marathon in 2022" and "finished
    // a marathon in 2023" are two races
    if (!existing.ongoing()) {
      change.removeIf(w -> !Lexicon.CHANGE.contains(w) && Completion.verb(w));
    }
    String antonym = null;
    for (String x : onlyA) {
      for (String y : onlyB) {
        if (Lexicon.antonyms(x, y)
            || !existing.values().contains(x)
                && !incoming.values().contains(y)
                // "sister"/"brother" are WordNet opposites, but other people, not other values
                && !ValueKinds.person(x)
                && !ValueKinds.person(y)
                && (WordNet.antonyms(existing.surfaceOf(x), incoming.surfaceOf(y))
                    || opposite(existing.surfaceOf(x), y)
                    || opposite(incoming.surfaceOf(y), x))) {
          antonym = x + "/" + y;
        }
      }
    }
    boolean inPlace = inPlace(a, b);
    boolean clash = false;
    if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
      String pa = existing.prepositions().get(onlyA.get(0));
      String pb = incoming.prepositions().get(onlyB.get(0));
      clash = pa != null && pb != null && !pa.equals(pb);
    }
    return new Difference(
        List.copyOf(shared),
        List.copyOf(onlyA),
        onlyB,
        Set.copyOf(change),
        existing.negative() != incoming.negative(),
        incoming.additive() && !existing.additive(),
        incoming.retraction(),
        antonym,
        clash,
        inPlace);
  }

  /**
   * Whether WordNet's opposite of a word, read as the rules read words, is the other side's word:
   * "unemployed" is the opposite of "employed", which the lexicon reads as "work" ("got a job").
   */
  private static boolean opposite(String surface, String canonical) {
    return WordNet.antonymWords(surface).stream()
        .anyMatch(w -> w.indexOf(' ') < 0 && Lexicon.canonical(w).equals(canonical));
  }

  /**
   * When all two statements differ by is one plain word each, they name one thing if the most
   * frequent sense of one is any sense of the other ({@link WordNet#firstSenseAnywhere}): "rents a
   * flat" / "rents an apartment". Relation nouns keep their own rule (other people). Two names are
   * one value when one is the other's adjective ({@link WordNet#pertains}): "is from Brazil" / "is
   * Brazilian"; only when they are all that differs, so that "learn Japanese" is not "visit Japan".
   */
  private static List<String> oneWordApart(
      List<String> a, List<String> b, Statement existing, Statement incoming) {
    List<String> onlyA = a.stream().filter(w -> !b.contains(w)).toList();
    List<String> onlyB = b.stream().filter(w -> !a.contains(w)).toList();
    if (onlyA.size() != 1 || onlyB.size() != 1) {
      return b;
    }
    String x = onlyA.get(0);
    String y = onlyB.get(0);
    boolean names = existing.values().contains(x) && incoming.values().contains(y);
    boolean plain =
        !existing.values().contains(x)
            && !incoming.values().contains(y)
            && !ValueKinds.person(x)
            && !ValueKinds.person(y);
    if (names && WordNet.pertains(x, y)
        || plain && WordNet.firstSenseAnywhere(existing.surfaceOf(x), incoming.surfaceOf(y))) {
      return b.stream().map(w -> w.equals(y) ? x : w).toList();
    }
    return b;
  }

  /**
   * Whether the two word lists differ in one block at the same place, with the same words before
   * and after it: "prefers [aisle] seats" vs "prefers [window] seats".
   */
  private static boolean inPlace(List<String> a, List<String> b) {
    int p = 0;
    while (p < a.size() && p < b.size() && a.get(p).equals(b.get(p))) {
      p++;
    }
    int q = 0;
    while (q < a.size() - p
        && q < b.size() - p
        && a.get(a.size() - 1 - q).equals(b.get(b.size() - 1 - q))) {
      q++;
    }
    List<String> midA = a.subList(p, a.size() - q);
    List<String> midB = b.subList(p, b.size() - q);
    return !midA.isEmpty()
        && !midB.isEmpty()
        && midA.stream().noneMatch(b::contains)
        && midB.stream().noneMatch(a::contains);
  }

  /** "like" and "prefer" say the same thing when the other statement uses the other one. */
  private static List<String> softAlign(List<String> words, List<String> other) {
    if (words.contains("like") && !words.contains("prefer") && other.contains("prefer")) {
      return words.stream().map(w -> w.equals("like") ? "prefer" : w).toList();
    }
    return words;
  }

  /**
   * Derived forms of one root count as the same word ("medicine" and "medical", "allergy" and
   * "allergic"): a word of {@code words} that the other side lacks is replaced by the other side's
   * word when both are plain words (not numbers or names) sharing a root of at least {@value #ROOT}
   * letters that covers most of the shorter one.
   */
  private static List<String> sameRoots(
      List<String> words, List<String> other, Statement own, Statement others) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String match = w;
      if (!other.contains(w) && !own.values().contains(w)) {
        for (String o : other) {
          // "mother" and "mother-in-law" share a root but are two people
          boolean twoPeople = ValueKinds.hyphenatedPerson(w) != ValueKinds.hyphenatedPerson(o);
          if (!words.contains(o) && !others.values().contains(o) && !twoPeople && sameRoot(w, o)) {
            match = o;
            break;
          }
        }
      }
      out.add(match);
    }
    return List.copyOf(out);
  }

  /**
   * Words of the same meaning count as the same word ("bike" and "bicycle", "mom" and "mother",
   * "couch" and "sofa"): a word of {@code words} that the other side lacks is replaced by the other
   * side's word when neither is a value and WordNet gives them a sense in common, or one is a kind
   * of the other within a few steps ({@link WordNet#sameMeaning}). Relation nouns (son, brother,
   * friend, …) count in their first sense only: "brother" is also a fellow member, a kind of
   * friend, but "my brother" and "my friend" are other people; "son" and "boy" are one, since the
   * first sense of "son" is a sense of "boy".
   */
  private static List<String> sameMeanings(
      List<String> words, List<String> other, Statement own, Statement others) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String match = w;
      if (!other.contains(w) && !own.values().contains(w)) {
        for (String o : other) {
          if (words.contains(o) || out.contains(o) || others.values().contains(o)) {
            continue;
          }
          if (sameMeaning(own.surfaceOf(w), others.surfaceOf(o), w, o)
              || compound(own.surfaceOf(w), others.surfaceOf(o), w, o)) {
            match = o;
            break;
          }
        }
      }
      out.add(match);
    }
    return List.copyOf(out);
  }

  /** The shortest first part and second part of a compound word, "grand" + "kids". */
  private static final int PART = 3;

  /**
   * Whether two compound words share their first part and their second parts mean the same:
   * "grandkids" / "grandchildren" ("kids" and "children" are one word to the lexicon), "bookshop" /
   * "bookstore" (WordNet synonyms). Relation nouns are left to their own rule.
   */
  private static boolean compound(String surfaceA, String surfaceB, String a, String b) {
    if (ValueKinds.person(a) || ValueKinds.person(b)) {
      return false;
    }
    for (int k = PART;
        k < surfaceA.length() - PART + 1
            && k < surfaceB.length() - PART + 1
            && surfaceA.charAt(k - 1) == surfaceB.charAt(k - 1);
        k++) {
      String x = surfaceA.substring(k);
      String y = surfaceB.substring(k);
      if (Lexicon.canonical(x).equals(Lexicon.canonical(y))
          || WordNet.sameMeaning(x, y, WordNet.SENSES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two words mean the same ({@link WordNet#sameMeaning}); a relation noun (son, friend) in
   * its first sense only, or when that first sense is one of the other word's ("son" and "boy").
   */
  private static boolean sameMeaning(String surfaceA, String surfaceB, String a, String b) {
    if (ValueKinds.hyphenatedPerson(a) != ValueKinds.hyphenatedPerson(b)) {
      // WordNet's morphology reads "mother-in-law" as "mother"
      return false;
    }
    if (ValueKinds.person(a) || ValueKinds.person(b)) {
      // "mum" is WordNet's informal term for a mother
      return WordNet.samePerson(surfaceA, surfaceB)
          || ValueKinds.person(a)
              && ValueKinds.person(b)
              && WordNet.informalTerm(surfaceA, surfaceB);
    }
    return WordNet.sameMeaning(surfaceA, surfaceB, WordNet.SENSES);
  }

  private static final int ROOT = 5;

  static boolean sameRoot(String x, String y) {
    int n = 0;
    while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
      n++;
    }
    return n >= ROOT && n * 4 >= Math.min(x.length(), y.length()) * 3;
  }

  /** Whether the words only one side holds form one contiguous run on each side. */
  boolean contiguous(Statement existing, Statement incoming) {
    return run(existing.content(), onlyExisting) && run(incoming.content(), onlyIncoming);
  }

  private static boolean run(List<String> words, List<String> only) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (only.contains(words.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 || last - first + 1 == only.size();
  }

  /**
   * Whether all that differs is one number each side, in place, neither an identifier nor a time: a
   * quantity of one thing replaced ("rent is 1200 euros" / "is 1350 euros", "membership costs 40
   * dollars a month" / "55 dollars a month"), even under a many-valued predicate, whose other
   * objects are other things, not other amounts of the same one.
   */
  boolean numberReplaced(Statement existing, Statement incoming) {
    return inPlace
        && onlyExisting.size() == 1
        && onlyIncoming.size() == 1
        && number(onlyExisting.get(0), existing)
        && number(onlyIncoming.get(0), incoming);
  }

  private static boolean number(String word, Statement statement) {
    return Character.isDigit(word.charAt(0))
        && statement.values().contains(word)
        && !ValueKinds.eventValue(word, statement);
  }

  /** Whether both sides of the difference hold a value (a number or a name). */
  boolean valuesOnBothSides(Statement existing, Statement incoming) {
    return onlyExisting.stream().anyMatch(existing.values()::contains)
        && onlyIncoming.stream().anyMatch(incoming.values()::contains);
  }

  /** Shared words that pin down an attribute: not generic, not an additive predicate. */
  List<String> anchors() {
    return shared.stream()
        .filter(w -> !Lexicon.GENERIC.contains(w) && !Lexicon.ADDITIVE_PREDICATE.contains(w))
        .toList();
  }

  /**
   * Whether the only attribute the two share is the person they are about ("User's brother works at
   * a bank" / "User's brother plays the drums"): the relation noun names the subject, not an
   * attribute of it, so the two are compared as if they shared none, as "User works at a bank" and
   * "User plays the drums" are. Not when they share a single-valued attribute word (named, age) or
   * replace one value by another ("brother is named Tom" / "brother is named Paul").
   */
  boolean subjectOnly(Statement existing, Statement incoming) {
    List<String> anchors = anchors();
    return !anchors.isEmpty()
        && anchors.stream().allMatch(ValueKinds::person)
        && !ValueKinds.singleValued(shared)
        && !valuesOnBothSides(existing, incoming);
  }

  /**
   * Whether the shared part holds a predicate that allows many objects at once, or names an event
   * with other people ({@link Lexicon#EVENT_NOUNS}) and no single-valued attribute ("favourite
   * dinner" holds one value).
   */
  boolean additivePredicate() {
    return shared.stream().anyMatch(Lexicon.ADDITIVE_PREDICATE::contains)
        || shared.stream().anyMatch(Lexicon.EVENT_NOUNS::contains)
            && !ValueKinds.singleValued(shared);
  }

  /** A short rendering of what changed: "'lisbon' replaced by 'porto'", "'ziggy' added". */
  String substitution() {
    String before = "'" + String.join(" ", onlyExisting) + "'";
    String after = "'" + String.join(" ", onlyIncoming) + "'";
    if (onlyExisting.isEmpty()) {
      return after + " added";
    }
    return onlyIncoming.isEmpty() ? before + " dropped" : before + " replaced by " + after;
  }

  /** The differing words side by side, "'cat' vs 'pollen'". */
  String contrast() {
    return "'" + String.join(" ", onlyExisting) + "' vs '" + String.join(" ", onlyIncoming) + "'";
  }

  /**
   * Whether each side names a relative the other does not ("User's son is in primary school" /
   * "User's daughter is in secondary school"): two people, whatever opposite values they hold.
   */
  boolean twoRelatives() {
    return onlyExisting.stream().anyMatch(ValueKinds::person)
        && onlyIncoming.stream().anyMatch(ValueKinds::person);
  }

  /** Whether either side names a relative the other does not ("son" / "daughter", "son" / none). */
  boolean relativeDiffers() {
    return onlyExisting.stream().anyMatch(ValueKinds::person)
        || onlyIncoming.stream().anyMatch(ValueKinds::person);
  }

  /**
   * Whether the two statements are about different people: a relation noun only one side holds
   * (son, friend, boss, …), or another name (not a number) right after a shared relation noun with
   * the rest of the statement following it ("friend Mark likes chess" / "friend Ben likes chess";
   * not "daughter is 7 years old" / "daughter is 8 years old", one person's age).
   */
  boolean differentPeople(Statement existing, Statement incoming) {
    if (relativeDiffers()) {
      return true;
    }
    return namedAfterRelation(existing, onlyExisting) && namedAfterRelation(incoming, onlyIncoming)
        || companion(existing, onlyExisting)
            && companion(incoming, onlyIncoming)
            && !ValueKinds.singleValued(shared);
  }

  /**
   * Whether the words only this side holds name someone it is done with: a name (not a number)
   * after "with" ("went hiking with Tom" / "with Priya": two outings, not one companion replaced).
   * Not for a single-valued attribute ("lives with Ana" / "lives with Ben").
   */
  private static boolean companion(Statement statement, List<String> only) {
    return only.stream()
        .anyMatch(
            w ->
                statement.values().contains(w)
                    && !Character.isDigit(w.charAt(0))
                    && "company".equals(statement.prepositions().get(w)));
  }

  private boolean namedAfterRelation(Statement statement, List<String> only) {
    List<String> words = statement.content();
    for (int i = 1; i + 1 < words.size(); i++) {
      String w = words.get(i);
      // a name, not a number: "daughter Mia is …" names her, "daughter is 7 years old" does not
      if (only.contains(w)
          && statement.values().contains(w)
          && !Character.isDigit(w.charAt(0))
          && ValueKinds.person(words.get(i - 1))
          && shared.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each side names its own identifier or time where the other differs: two events ("order
   * 4410" / "order 4471", "on Monday" / "on Friday").
   */
  boolean differentEvents(Statement existing, Statement incoming) {
    return antonym == null
        && onlyExisting.stream().anyMatch(w -> ValueKinds.eventValue(w, existing))
        && onlyIncoming.stream().anyMatch(w -> ValueKinds.eventValue(w, incoming));
  }

  /**
   * Whether the statements open with the names of different kinds of physical thing ("cat is called
   * Misty" / "dog is called Misty", "car is red" / "bike is red"): the head nouns disagree, so what
   * they share (a name, a colour, a place) belongs to two things ({@link WordNet#differentThings}).
   */
  boolean differentThings(Statement existing, Statement incoming) {
    String a = existing.content().get(0);
    String b = incoming.content().get(0);
    return !existing.values().contains(a)
        && !incoming.values().contains(b)
        && WordNet.differentThings(existing.surfaceOf(a), incoming.surfaceOf(b));
  }

  /**
   * Whether the statements open with different predicates over what they share ("is afraid of
   * heights" / "has a fear of heights", "cannot eat peanuts" / "is allergic to peanuts"): another
   * relation holding the same value, not the same relation with another value.
   */
  boolean relationDiffers(Statement existing, Statement incoming) {
    return !shared.isEmpty()
        && !existing.content().isEmpty()
        && !incoming.content().isEmpty()
        && onlyExisting.contains(existing.content().get(0))
        && onlyIncoming.contains(incoming.content().get(0))
        && onlyExisting.stream().noneMatch(existing.values()::contains)
        && onlyIncoming.stream().noneMatch(incoming.values()::contains);
  }
}
