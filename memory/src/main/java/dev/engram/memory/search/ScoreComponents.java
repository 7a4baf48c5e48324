package dev.engram.memory.search;

/**
 * Why a hit scored as it did.
 *
 * @param similarity cosine similarity of query and memory vectors
 * @param keyword BM25 score of the memory for the query, normalized by the best candidate (0 when
 *     keyword search did not find it)
 * @param recencyBoost boost for being recent
 * @param importanceBoost boost for importance
 * @param reinforcementBoost boost for having been seen again
 */
public record ScoreComponents(
    double similarity,
    double keyword,
    double recencyBoost,
    double importanceBoost,
    double reinforcementBoost) {}
