package dev.engram.api.compat;

import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Extractor;
import dev.engram.memory.ingest.Fact;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written extractor that always fails, standing in for an extraction engine that is down, so
 * that ingestion fails for good. On only where a test sets {@code test.failing-extractor}.
 */
@Singleton
@Primary
@Requires(property = "test.failing-extractor", value = "true")
public final class FailingExtractor implements Extractor {
  static final String FAILURE = "the extraction engine is down (test fake)";

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public List<Fact> extract(Conversation conversation) {
    calls.incrementAndGet();
    throw new IllegalStateException(FAILURE);
  }

  @Override
  public String engine() {
    return "rules";
  }

  /** How often ingestion asked it. */
  int calls() {
    return calls.get();
  }
}
