package dev.engram.memory.search;

/**
 * Why a hit scored as it did: {@code composite = relevance × (1 + recencyBoost + importanceBoost +
 * reinforcementBoost + accessBoost + feedbackBoost)} (formula on {@link ScoringConfiguration}).
 *
 * @param similarity cosine similarity of query and memory vectors
 * @param keyword BM25 score of the memory for the query, as a share of what a memory matching the
 *     whole query scores, times the query's keyword coverage (at most 1; with {@code
 *     fusion=WEIGHTED_BEST}, as a share of the best candidate's score; 0 when keyword search did
 *     not find it)
 * @param recencyBoost boost for being recent
 * @param importanceBoost boost for importance, after decay
 * @param reinforcementBoost boost for having been seen again, after decay
 * @param accessBoost boost for having been returned by reads, after decay
 * @param feedbackBoost boost (positive) or penalty (negative) from feedback on the memory
 * @param retention decay factor applied to the importance, reinforcement and access boosts: 1 when
 *     just created, reinforced or accessed, 0.5 one half-life (of the memory's type) later
 */
public record ScoreComponents(
    double similarity,
    double keyword,
    double recencyBoost,
    double importanceBoost,
    double reinforcementBoost,
    double accessBoost,
    double feedbackBoost,
    double retention) {

  /** The sum of the boosts: the composite score is {@code relevance × (1 + boost())}. */
  public double boost() {
    return recencyBoost + importanceBoost + reinforcementBoost + accessBoost + feedbackBoost;
  }
}
