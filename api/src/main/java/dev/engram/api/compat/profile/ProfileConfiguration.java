package dev.engram.api.compat.profile;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Agent profiles (OpenMemory {@code POST /api/v1/agents}, native {@code POST /v1/profiles}).
 *
 * @param defaultTtlHours time to live of a profile written without {@code ttl_hours} (seed 003's
 *     {@code AGENT_PROFILE_TTL_HOURS}, 24)
 * @param maxTtlHours the longest time to live a write may ask for
 * @param cacheSize profiles kept in memory per instance (a bounded cache; 0 turns it off)
 * @param cacheSeconds how long a cached profile is served before it is read again (another
 *     instance's write is seen within it; this instance's writes at once)
 */
@ConfigurationProperties("engram.compat.profiles")
public record ProfileConfiguration(
    @Bindable(defaultValue = "24") int defaultTtlHours,
    @Bindable(defaultValue = "8760") int maxTtlHours,
    @Bindable(defaultValue = "10000") int cacheSize,
    @Bindable(defaultValue = "30") int cacheSeconds) {}
