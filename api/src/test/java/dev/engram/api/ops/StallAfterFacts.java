package dev.engram.api.ops;

import dev.engram.memory.ingest.FactApplied;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for {@link KillDuringIngestionIT}: the conversation job stalls after applying the
 * configured number of facts, before that fact's checkpoint (the worst moment to crash), so that
 * the test can kill the process there. On only in a process started with {@code
 * test.ingest.stall-after-facts}; it lives in the tests, so the application jar has no such hook.
 */
@Singleton
@Requires(property = StallAfterFacts.PROPERTY)
final class StallAfterFacts implements FactApplied {
  static final String PROPERTY = "test.ingest.stall-after-facts";
  private static final Logger LOG = LoggerFactory.getLogger(StallAfterFacts.class);

  private final int after;

  StallAfterFacts(@Property(name = PROPERTY) int after) {
    this.after = after;
  }

  @Override
  public void applied(String taskId, int applied) {
    if (applied != after) {
      return;
    }
    LOG.warn("{}: task {} stalls after {} facts", PROPERTY, taskId, applied);
    try {
      Thread.sleep(Duration.ofMinutes(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stalled for a test", e);
    }
  }
}
