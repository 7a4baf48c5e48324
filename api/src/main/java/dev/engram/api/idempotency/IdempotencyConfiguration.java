package dev.engram.api.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Idempotency keys of create requests.
 *
 * @param retention how long the first answer to a request with an {@code Idempotency-Key} is
 *     replayed; older keys are forgotten (and removed by the {@code idempotency-purge} job)
 */
@ConfigurationProperties("engram.idempotency")
public record IdempotencyConfiguration(
    @Bindable(defaultValue = "24h") @NotNull Duration retention) {}
