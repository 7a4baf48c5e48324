package dev.engram.api.audit;

import dev.engram.memory.task.RecurringJob;
import dev.engram.tenancy.audit.AuditConfiguration;
import dev.engram.tenancy.audit.AuditLog;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes audit events older than {@code engram.audit.retention}, on one instance at a time. */
@Singleton
final class AuditRetention implements RecurringJob {
  private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditLog log;
  private final AuditConfiguration configuration;

  AuditRetention(AuditLog log, AuditConfiguration configuration) {
    this.log = log;
    this.configuration = configuration;
  }

  @Override
  public String name() {
    return "audit-retention";
  }

  @Override
  public Duration every() {
    return configuration.purgeEvery();
  }

  @Override
  public void run() {
    long removed = log.purgeOlderThan(configuration.retention());
    if (removed > 0) {
      LOG.info("removed {} audit events older than {}", removed, configuration.retention());
    }
  }
}
