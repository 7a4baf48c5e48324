package dev.engram.memory.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Conversation ingestion.
 *
 * @param maxMessages most messages in one conversation (also {@code ENGRAM_MAX_MESSAGES}); a call
 *     with fewer is refused unless it says {@code "partial": true} or partial batches are allowed
 * @param allowPartial accept conversations with fewer than {@code max-messages} messages without
 *     the flag
 */
@ConfigurationProperties("engram.ingest")
public record IngestConfiguration(
    @Bindable(defaultValue = "10") int maxMessages,
    @Bindable(defaultValue = "false") boolean allowPartial) {}
