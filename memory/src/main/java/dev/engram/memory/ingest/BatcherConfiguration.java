package dev.engram.memory.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The session batcher ({@code POST /v1/sessions/{session_id}/messages}).
 *
 * @param maxMessages buffered messages of one session that make a conversation task; unset: {@code
 *     engram.ingest.max-messages}
 * @param idleTimeout a buffer that received nothing for this long is flushed as a partial batch
 * @param idleCheckInterval how often idle buffers are looked for
 */
@ConfigurationProperties("engram.batcher")
public record BatcherConfiguration(
    @Nullable Integer maxMessages,
    @Bindable(defaultValue = "5m") Duration idleTimeout,
    @Bindable(defaultValue = "30s") Duration idleCheckInterval) {}
