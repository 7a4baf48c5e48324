package dev.engram.memory.task;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Durable background jobs (db-scheduler on the relational database).
 *
 * @param enabled whether this instance runs jobs (accepting work still queues it)
 * @param threads jobs run at once on this instance
 * @param pollingInterval how often the job table is checked for due work
 * @param heartbeatInterval how often a running job proves it is alive
 * @param missedHeartbeats missed heartbeats after which a job counts as dead (its instance crashed;
 *     at least 4) and is run again
 * @param maxAttempts attempts of a job before its task is failed with the error
 * @param retryBackoff wait before the first retry; doubles with each further attempt
 */
@ConfigurationProperties("engram.jobs")
public record JobsConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "4") int threads,
    @Bindable(defaultValue = "500ms") Duration pollingInterval,
    @Bindable(defaultValue = "5s") Duration heartbeatInterval,
    @Bindable(defaultValue = "4") int missedHeartbeats,
    @Bindable(defaultValue = "5") int maxAttempts,
    @Bindable(defaultValue = "2s") Duration retryBackoff) {}
