package dev.engram.memory.retention;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How long history is kept, so that the data directory of a long-running instance does not grow
 * without bound under updates (see {@link Retention}).
 *
 * @param enabled whether old history is pruned at all (off: every superseded version and event is
 *     kept for ever)
 * @param supersededVersions how long a superseded version of a memory is kept after it was
 *     superseded, and a deleted memory after it was deleted; the newer version keeps its link, and
 *     the evolution views say the older one was pruned
 * @param events how long events of the memory event log are kept
 * @param interval how often the pruning runs (on one instance)
 * @param batchSize rows removed per transaction (smaller batches hold locks for less time)
 */
@ConfigurationProperties("engram.retention")
public record RetentionConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "30d") Duration supersededVersions,
    @Bindable(defaultValue = "90d") Duration events,
    @Bindable(defaultValue = "1h") Duration interval,
    @Positive @Bindable(defaultValue = "500") int batchSize) {

  public RetentionConfiguration {
    requireNonNull(supersededVersions, "supersededVersions is null");
    requireNonNull(events, "events is null");
    requireNonNull(interval, "interval is null");
    if (supersededVersions.isNegative() || events.isNegative()) {
      throw new IllegalArgumentException(
          "engram.retention.superseded-versions and engram.retention.events must not be negative");
    }
    if (!interval.isPositive()) {
      throw new IllegalArgumentException("engram.retention.interval must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("engram.retention.batch-size must be positive");
    }
  }

  /** The defaults, for code and tests outside a Micronaut context. */
  public static RetentionConfiguration defaults() {
    return new RetentionConfiguration(
        true, Duration.ofDays(30), Duration.ofDays(90), Duration.ofHours(1), 500);
  }
}
