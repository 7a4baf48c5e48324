package dev.engram.tenancy.limit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * Default quotas and rate limits; an organization or an API key may override them in the console
 * API ({@code PUT /admin/v1/orgs/{id}/limits}, {@code PUT /admin/v1/keys/{id}/limits}).
 *
 * @param orgRequestsPerSecond requests per second of all keys of an organization together (token
 *     bucket: this many at once, refilled at this rate)
 * @param keyRequestsPerSecond requests per second of one API key
 * @param memoriesPerApp active memories an app may hold
 * @param storageMbPerApp megabytes (MiB) of memory text (content, context, metadata, tags of every
 *     stored version) an app may hold
 * @param llmCallsPerDay calls the engines make to the configured LLM (extraction passes,
 *     resolutions, answers, summaries, first messages) per organization and UTC day
 * @param redisUrl Redis for token buckets shared by every instance ({@code REDIS_URL}); unset: each
 *     instance keeps its own
 */
@ConfigurationProperties("engram.limits")
public record LimitsConfiguration(
    @Bindable(defaultValue = "1000") @Min(1) int orgRequestsPerSecond,
    @Bindable(defaultValue = "1000") @Min(1) int keyRequestsPerSecond,
    @Bindable(defaultValue = "1000000") @Min(1) long memoriesPerApp,
    @Bindable(defaultValue = "1024") @Min(1) long storageMbPerApp,
    @Bindable(defaultValue = "10000") @Min(1) long llmCallsPerDay,
    @Nullable String redisUrl) {}
