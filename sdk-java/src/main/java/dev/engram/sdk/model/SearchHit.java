package dev.engram.sdk.model;

/** A memory found by search, with its relevance and composite score. */
public record SearchHit(
    Memory memory, double relevance, double compositeScore, ScoreComponents components) {
  public SearchHit {
    components = components == null ? new ScoreComponents(0, 0, 0, 0, 0, 0, 0, 0) : components;
  }

  /** Seed 001's name for the memory text. */
  public String document() {
    return memory.content();
  }
}
