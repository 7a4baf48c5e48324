package dev.engram.memory.testing;

import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Extractor;
import dev.engram.memory.ingest.Fact;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the rule extractor: always the same facts, labelled {@code rules}. */
public final class FixedExtractor implements Extractor {
  private final List<Fact> facts;
  private final AtomicInteger calls = new AtomicInteger();

  public FixedExtractor(List<Fact> facts) {
    this.facts = List.copyOf(facts);
  }

  @Override
  public List<Fact> extract(Conversation conversation) {
    calls.incrementAndGet();
    return facts;
  }

  @Override
  public String engine() {
    return "rules";
  }

  /** How often it was asked. */
  public int calls() {
    return calls.get();
  }
}
