package dev.engram.memory.index;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;

/**
 * What the index keeps of a memory: its id, the fields filters use, its text and vector. The store
 * stays the source of truth; search results are re-read from it.
 */
public record IndexDocument(Memory memory, String text) {
  public IndexDocument {
    requireNonNull(memory, "memory is null");
    requireNonNull(text, "text is null");
    requireNonNull(memory.embedding(), "memory has no embedding");
  }

  /** Indexes the memory's retrieval text: its content and its context. */
  public static IndexDocument of(Memory memory) {
    return new IndexDocument(memory, memory.retrievalText());
  }
}
