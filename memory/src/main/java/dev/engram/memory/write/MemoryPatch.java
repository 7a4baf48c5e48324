package dev.engram.memory.write;

import dev.engram.memory.MemoryType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A partial update; {@code null} parts stay as they are. A new {@code content} is re-embedded.
 *
 * @param expectedVersion when set, the update fails with a conflict unless the memory is at this
 *     version (optimistic concurrency for callers that read first)
 */
public record MemoryPatch(
    @Nullable String content,
    @Nullable String context,
    @Nullable MemoryType type,
    @Nullable String category,
    @Nullable List<String> tags,
    @Nullable Integer importance,
    @Nullable Map<String, Object> metadata,
    @Nullable Instant validFrom,
    @Nullable Instant validTo,
    @Nullable Instant expiresAt,
    @Nullable Long expectedVersion) {}
