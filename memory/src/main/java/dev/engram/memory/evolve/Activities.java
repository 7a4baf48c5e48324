package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One who does an activity and the activity, typed from WordNet: a noun whose first sense is a
 * person ({@code noun.person}) and a noun whose first sense is an act ({@code noun.act}) that
 * WordNet's derivation pointers tie to the same verb, or that is that verb's gerund: "cyclist" and
 * "cycling" (both derived from "cycle"), "swimmer" and "swimming", "hiker" and "hiking". "Is a keen
 * cyclist" and "loves cycling" are about one thing. Not one who does it for a living ({@link
 * Occupations}): "is a baker" says what someone does, not what they like.
 */
final class Activities {
  private static final Logger LOG = LoggerFactory.getLogger(Activities.class);

  private Activities() {}

  /** A noun's first common sense: its lexicographer file and the words it is derived from. */
  private record Sense(String lexFile, Set<String> derived) {}

  private static final Sense NONE = new Sense("", Set.of());

  private static final String PERSON = "noun.person";
  private static final String ACT = "noun.act";
  private static final String GERUND = "ing";

  private static final Cache<String, Sense> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether one word names who does what the other names, in either order. */
  static boolean doerAndActivity(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || !WordNet.plain(x) || !WordNet.plain(y)) {
      return false;
    }
    Sense sx = sense(x);
    Sense sy = sense(y);
    if (PERSON.equals(sy.lexFile()) && ACT.equals(sx.lexFile())) {
      return doerAndActivity(y, x);
    }
    // one who does it for a living says what they do, not what they like: "is a baker"
    return PERSON.equals(sx.lexFile())
        && ACT.equals(sy.lexFile())
        && !Occupations.occupation(x)
        && sx.derived().stream().anyMatch(sy.derived()::contains);
  }

  private static Sense sense(String word) {
    return CACHE.get(word, Activities::read);
  }

  private static Sense read(String word) {
    Dictionary dictionary = WordNet.dictionary();
    if (dictionary == null) {
      return NONE;
    }
    try {
      IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, word);
      if (noun == null) {
        return NONE;
      }
      for (Synset synset : noun.getSenses()) {
        if (!synset.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
          continue;
        }
        Set<String> derived = new HashSet<>();
        for (Word w : synset.getWords()) {
          if (!w.getLemma().equalsIgnoreCase(noun.getLemma())) {
            continue;
          }
          for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTarget() instanceof Word target && target.getPOS() == POS.VERB) {
              derived.add(target.getLemma().toLowerCase(Locale.ROOT));
            }
          }
        }
        if (ACT.equals(synset.getLexFileName())) {
          // the verb an act is the gerund of: "sailing", "hiking" (WordNet links no verb to them)
          IndexWord verb = dictionary.lookupIndexWord(POS.VERB, word);
          if (verb != null && word.endsWith(GERUND)) {
            derived.add(verb.getLemma().toLowerCase(Locale.ROOT));
          }
        }
        return new Sense(synset.getLexFileName(), Set.copyOf(derived));
      }
      return NONE;
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet look-up of {} failed: {}", word, e.toString());
      return NONE;
    }
  }
}
