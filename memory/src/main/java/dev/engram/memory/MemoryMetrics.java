package dev.engram.memory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import java.util.function.Supplier;

/**
 * Timers named as in the monitoring seed: {@code memory.operation.duration} with {@code app} and
 * {@code operation} tags. Without a registry (plain tests) nothing is recorded.
 */
public final class MemoryMetrics {
  private final MeterRegistry registry;

  public MemoryMetrics(@Nullable MeterRegistry registry) {
    this.registry = registry;
  }

  public <T> T time(String operation, String appId, Supplier<T> work) {
    if (registry == null) {
      return work.get();
    }
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    try {
      T result = work.get();
      outcome = "success";
      return result;
    } finally {
      sample.stop(
          Timer.builder("memory.operation.duration")
              .description("Latency of memory operations")
              .tag("app", appId)
              .tag("operation", operation)
              .tag("outcome", outcome)
              .publishPercentileHistogram()
              .register(registry));
    }
  }

  public void indexFailure(String appId) {
    if (registry != null) {
      Counter.builder("memory.index.failures").tag("app", appId).register(registry).increment();
    }
  }
}
