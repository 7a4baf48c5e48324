package dev.engram.tenancy.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The audit log.
 *
 * @param retention how long events are kept; older ones are removed by the {@code audit-retention}
 *     job
 * @param purgeEvery how often that job runs
 */
@ConfigurationProperties("engram.audit")
public record AuditConfiguration(
    @Bindable(defaultValue = "365d") @NotNull Duration retention,
    @Bindable(defaultValue = "1h") @NotNull Duration purgeEvery) {}
