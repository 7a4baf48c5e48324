package dev.engram.memory.write;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Bounds on what one memory may hold, and on batches.
 *
 * @param maxContentLength longest content, in characters
 * @param maxMetadataBytes largest metadata, as compact JSON in UTF-8 bytes
 * @param maxMetadataDepth deepest nesting of metadata maps and lists
 * @param maxTags most tags on one memory
 * @param maxTagLength longest tag or category, in characters
 * @param maxIdLength longest user, session, agent or run id
 * @param maxBatch most memories in one write
 */
@ConfigurationProperties("engram.memory")
public record MemoryLimits(
    @Bindable(defaultValue = "8000") int maxContentLength,
    @Bindable(defaultValue = "16384") int maxMetadataBytes,
    @Bindable(defaultValue = "5") int maxMetadataDepth,
    @Bindable(defaultValue = "32") int maxTags,
    @Bindable(defaultValue = "100") int maxTagLength,
    @Bindable(defaultValue = "200") int maxIdLength,
    @Bindable(defaultValue = "1000") int maxBatch) {

  /** The defaults, for code and tests outside a Micronaut context. */
  public static MemoryLimits defaults() {
    return new MemoryLimits(8000, 16384, 5, 32, 100, 200, 1000);
  }
}
