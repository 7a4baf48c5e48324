package dev.engram.memory.search;

import dev.engram.memory.Memory;

/** One result: the memory, its relevance, composite score and the parts of that score. */
public record SearchHit(
    Memory memory, double relevance, double compositeScore, ScoreComponents components) {}
