package dev.engram.memory.search;

import java.util.List;

/**
 * Hits best first, with where the time went.
 *
 * @param hits results, best composite score first
 * @param candidates distinct candidates considered (vector ∪ keyword)
 * @param searchTimeMs end-to-end time inside the engine
 * @param embedMs query embedding
 * @param vectorMs vector (ANN) stage
 * @param keywordMs keyword (BM25) stage
 * @param fetchMs re-reading candidates from the store
 */
public record SearchResult(
    List<SearchHit> hits,
    int candidates,
    double searchTimeMs,
    double embedMs,
    double vectorMs,
    double keywordMs,
    double fetchMs) {}
