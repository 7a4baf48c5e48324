package dev.engram.memory.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the vector and keyword index.
 *
 * @param kind {@code lucene} (embedded, on disk, single instance) or {@code atlas} (Atlas Vector
 *     Search and Atlas Search over the MongoDB store's collections; needs {@code mongodb.uri})
 * @param directory where the Lucene index keeps one sub-directory per app (default {@code
 *     <engram.home>/index}); never shared between processes
 * @param commitInterval how often the Lucene index makes recent changes durable (also on shutdown)
 * @param hnswM maximum connections per node of the Lucene HNSW graph (higher: better recall, more
 *     memory)
 * @param hnswBeamWidth candidates considered while building the Lucene HNSW graph (higher: better
 *     recall, slower writes)
 * @param exactSearchUpTo a filtered vector search scores the matching documents of an index segment
 *     exactly (one dot product each) when the filter matches at most this many of them, and walks
 *     the HNSW graph only above (a per-user filter usually matches few documents, and a filtered
 *     graph walk then visits many more nodes than it returns); 0 leaves it to Lucene
 */
@ConfigurationProperties("engram.index")
public record IndexConfiguration(
    @Bindable(defaultValue = "lucene") @Pattern(regexp = "lucene|atlas") String kind,
    @Nullable String directory,
    @Bindable(defaultValue = "5s") Duration commitInterval,
    @Bindable(defaultValue = "16") @Min(2) @Max(512) int hnswM,
    @Bindable(defaultValue = "100") @Min(1) @Max(3200) int hnswBeamWidth,
    @Bindable(defaultValue = "10000") @Min(0) int exactSearchUpTo) {

  /** The Lucene directory: {@link #directory()} when set, else {@code index} under the home. */
  public Path directoryUnder(String home) {
    return (directory == null || directory.isBlank() ? Path.of(home, "index") : Path.of(directory))
        .toAbsolutePath()
        .normalize();
  }

  /** The embedded defaults under the given directory (tests, tools). */
  public static IndexConfiguration lucene(String directory) {
    return new IndexConfiguration("lucene", directory, Duration.ofSeconds(5), 16, 100, 10_000);
  }
}
