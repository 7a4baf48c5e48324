package dev.engram.memory.index;

/**
 * One candidate from the index.
 *
 * @param id memory id
 * @param score similarity: cosine in [-1, 1] for vector search, BM25 for keyword search
 */
public record IndexHit(String id, float score) {}
