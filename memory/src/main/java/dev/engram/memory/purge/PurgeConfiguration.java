package dev.engram.memory.purge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Deleting an app's data.
 *
 * @param gracePeriod wait between the first purge of a deleted app and the final one, which also
 *     removes whatever requests or jobs that were in flight during the deletion wrote; longer than
 *     any request and than the time other instances need to stop accepting the app's keys
 */
@ConfigurationProperties("engram.purge")
public record PurgeConfiguration(@Bindable(defaultValue = "30s") Duration gracePeriod) {}
