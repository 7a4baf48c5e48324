package dev.engram.memory.ingest;

import dev.engram.memory.task.RecurringJob;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flushes idle session buffers into conversation tasks, on one instance at a time. */
@Singleton
final class BatcherIdleFlush implements RecurringJob {
  private static final Logger LOG = LoggerFactory.getLogger(BatcherIdleFlush.class);

  // a provider: the batcher queues through the job runner, which runs this job
  private final BeanProvider<SessionBatcher> batcher;
  private final BatcherConfiguration config;

  BatcherIdleFlush(BeanProvider<SessionBatcher> batcher, BatcherConfiguration config) {
    this.batcher = batcher;
    this.config = config;
  }

  @Override
  public String name() {
    return "batcher-idle-flush";
  }

  @Override
  public Duration every() {
    return config.idleCheckInterval();
  }

  @Override
  public void run() {
    List<String> queued = batcher.get().flushIdle();
    if (!queued.isEmpty()) {
      LOG.info("flushed {} idle session buffers", queued.size());
    }
  }
}
