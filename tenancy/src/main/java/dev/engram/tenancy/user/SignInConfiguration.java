package dev.engram.tenancy.user;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Throttling of console sign-in: failed attempts allowed per username and per client address in
 * each period, refilled evenly over the period. Successful sign-ins do not count.
 *
 * @param perUser failed sign-ins allowed per username per period
 * @param perAddress failed sign-ins allowed per client address (TCP peer) per period
 * @param period the period over which the allowances refill
 */
@ConfigurationProperties("engram.sign-in")
public record SignInConfiguration(
    @Bindable(defaultValue = "5") @Min(1) int perUser,
    @Bindable(defaultValue = "20") @Min(1) int perAddress,
    @Bindable(defaultValue = "5m") @NotNull Duration period) {}
