package dev.engram.memory.evolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of bringing something to an end by doing all of it, typed from WordNet: the first verb
 * sense is defined by finishing or completion ("finish", "complete": come or bring to a finish or
 * an end; "graduate": receive an academic degree upon completion of one's studies). Said of what an
 * older statement had in progress ("is studying for a master's degree", "is a nursing student"), it
 * ends it: the completion replaces the statement of the course under way.
 */
final class Completion {
  private Completion() {}

  /** Words of a definition that say completing: finish, finished, completion, complete. */
  private static final Set<String> ROOTS = Set.of("finish", "complet");

  private static final Cache<String, Boolean> CACHE =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Whether a lower-case word is a verb whose first sense is defined by completing. */
  static boolean verb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WordNet.plain(w) && CACHE.get(w, Completion::read);
  }

  private static boolean read(String word) {
    return WordNet.firstVerbSense(
        word,
        first ->
            WordNet.definitionWords(first.getGloss()).stream()
                .anyMatch(t -> ROOTS.stream().anyMatch(t::startsWith)));
  }
}
