package dev.engram.memory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the vector and keyword signals of a hybrid search combine into relevance ({@code
 * engram.scoring.fusion}).
 *
 * <ul>
 *   <li>{@code WEIGHTED} (default): {@code (1 − w) × max(cosine, 0) + w × coverage × bm25 / full},
 *       where {@code full} is what a document matching the whole query scores ({@link
 *       dev.engram.memory.index.MemoryIndex#fullMatchScore}; the best hit's score where that is
 *       higher) and {@code coverage = min(1, best bm25 / full)}: a memory that matched only a
 *       common word of the query gains a small share of {@code w}, and when no memory matched much
 *       of the query (a question in other words) keyword search counts little for all of them; a
 *       hit below {@code engram.scoring.keyword-floor} of a full match gains nothing ({@link
 *       #keywordGain}); when {@code coverage} itself is below {@code
 *       engram.scoring.keyword-coverage-floor}, {@code w} goes to the cosine ({@link
 *       #keywordWeight}); where the index cannot tell {@code full}, as {@code WEIGHTED_BEST};
 *   <li>{@code WEIGHTED_BEST}: the same with {@code full} always the best hit's score (the earlier
 *       default: the best of the keyword hits gained all of {@code w}, however little of the query
 *       it matched);
 *   <li>{@code RRF}: reciprocal-rank fusion, {@code (1/(k + rank by cosine) + 1/(k + rank by bm25))
 *       / (2/(k + 1))} with {@code k = 60}: a memory first in both lists scores 1, one the keyword
 *       search did not return only its vector part. Only ranks count, not how far apart the scores
 *       are: a BM25 score normalized by the best one is not comparable to a cosine.
 * </ul>
 */
public enum Fusion {
  WEIGHTED,
  WEIGHTED_BEST,
  RRF;

  /** The constant of reciprocal-rank fusion (the usual value; larger flattens the ranks). */
  static final int RRF_K = 60;

  /**
   * How much of its keyword share a hit keeps under {@code engram.scoring.keyword-floor}: nothing
   * when it matched less than {@code floor} of a full match (one shared word out of several, the
   * kind a reworded question has with unrelated memories), all of it from twice the floor, linearly
   * in between (so that a hit just above the floor does not jump). 1 when the floor is 0 or less.
   *
   * @param share the hit's BM25 score read against a full match of the query, 0 to 1
   */
  static double keywordGain(double share, double floor) {
    if (floor <= 0) {
      return 1;
    }
    return Math.clamp((share - floor) / floor, 0.0, 1.0);
  }

  /**
   * How much of the keyword weight a query keeps under {@code
   * engram.scoring.keyword-coverage-floor}, read from its coverage, the share of a full match the
   * best keyword hit scored (the BM25 weight of the query terms it holds against that of all of
   * them): nothing when even the best hit matched less than {@code floor} of the query (a question
   * in other words than the memory it asks for, which shares only a common word or two with
   * unrelated memories), all of it from twice the floor, linearly in between. Unlike {@link
   * #keywordGain}, which reads one hit against the query, this reads the whole keyword list. 1 when
   * the floor is 0 or less.
   *
   * @param coverage the best keyword hit's BM25 score read against a full match of the query, 0 to
   *     1
   */
  static double coverageGain(double coverage, double floor) {
    return keywordGain(coverage, floor);
  }

  /**
   * The keyword weight of a query that keeps {@code gain} of it ({@link #coverageGain}): relevance
   * stays a weighted mean of the cosine (weight {@code 1 − w}) and the keyword score (weight {@code
   * w × gain}), so the weight the keyword share loses goes to the cosine instead of being lost. At
   * gain 0 relevance is the cosine alone, at gain 1 it is {@code (1 − w) × cosine + w × keyword} as
   * without the floor; in between the order of the hits is that of {@code (1 − w) × cosine + w ×
   * gain × keyword} (the same mean, divided by its total weight): a fixed relevance cut-off (a
   * client's threshold, the voice agents' tools) still passes a memory that answers the question by
   * meaning, where withdrawing the keyword share alone would have halved its relevance.
   */
  static double keywordWeight(double w, double gain) {
    double kept = w * gain;
    double total = 1 - w + kept;
    return total <= 0 ? w : kept / total;
  }

  /**
   * The keyword scores of a hybrid search under {@code engram.scoring.keyword-min-terms}: when the
   * query holds more than {@code minTerms} distinct terms and the keyword hits together match at
   * least {@code minTerms} of them, a hit that matched fewer (one word of "Which medication do I
   * need at breakfast time?", the kind a reworded question shares with an unrelated memory) gains
   * nothing. A query of one or two terms, or one of whose terms the memories hold only one ("When
   * does the caller want deliveries?" where no memory says "caller" or "want"), keeps every hit:
   * that one word is all keyword search can tell. A hit whose matched terms are not known (none
   * found in its text) is kept as it is.
   *
   * @param keyword each hit's keyword score, by memory id
   * @param matched the query terms each hit's text holds, by memory id
   * @param queryTerms how many distinct terms the query holds
   */
  static Map<String, Double> requireTerms(
      Map<String, Double> keyword, Map<String, Set<String>> matched, int queryTerms, int minTerms) {
    if (minTerms < 2 || queryTerms <= minTerms) {
      return keyword;
    }
    Set<String> held = new HashSet<>();
    matched.values().forEach(held::addAll);
    if (held.size() < minTerms) {
      return keyword;
    }
    Map<String, Double> out = new HashMap<>(keyword);
    matched.forEach(
        (id, terms) -> {
          if (!terms.isEmpty() && terms.size() < minTerms) {
            out.computeIfPresent(id, (k, score) -> 0.0);
          }
        });
    return out;
  }

  /**
   * Whether a hybrid query's keyword hits hold nothing but single words of it under {@code
   * engram.scoring.keyword-min-terms}: no hit holds {@code minTerms} of the query's terms, and some
   * term of the query no hit holds at all ("Who is my manager?" over memories that say "User's team
   * lead is Marcus", "User's password manager is Bitwarden": "my" is in no memory, "manager" in
   * unrelated ones). Keyword search then says only that a word of the question occurs somewhere,
   * the kind of match a question in other words shares with unrelated memories, and the query's
   * keyword weight goes to the cosine ({@link #keywordWeight} at gain 0). A query of one term, one
   * whose every term some hit holds ("where is the delivery address" over "User address is Rua
   * Augusta 1" and "The last delivery was late": keyword search saw each word of it), or one with a
   * hit whose matched terms are not known (none found in its text) keeps its weight.
   *
   * @param matched the query terms each keyword hit's text holds, by memory id
   * @param queryTerms how many distinct terms the query holds
   */
  static boolean singleWordsOnly(Map<String, Set<String>> matched, int queryTerms, int minTerms) {
    if (minTerms < 2 || queryTerms < 2 || matched.isEmpty()) {
      return false;
    }
    Set<String> held = new HashSet<>();
    for (Set<String> terms : matched.values()) {
      if (terms.isEmpty() || terms.size() >= minTerms) {
        return false;
      }
      held.addAll(terms);
    }
    return held.size() < queryTerms;
  }

  /**
   * Reciprocal-rank fused relevance of each memory id: ranks by {@code cosine} over all candidates
   * and by {@code keyword} over those that have a keyword score.
   */
  static Map<String, Double> reciprocalRanks(
      Map<String, Double> cosine, Map<String, Double> keyword) {
    Map<String, Double> fused = new HashMap<>();
    addRanks(fused, cosine);
    addRanks(fused, keyword);
    double best = 2.0 / (RRF_K + 1);
    fused.replaceAll((id, score) -> score / best);
    return fused;
  }

  private static void addRanks(Map<String, Double> fused, Map<String, Double> scores) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; i < ranked.size(); i++) {
      fused.merge(ranked.get(i).getKey(), 1.0 / (RRF_K + i + 1), Double::sum);
    }
  }
}
