package dev.engram.memory.store.mongo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * The MongoDB memory store, active when {@code mongodb.uri} ({@code MONGODB_URI}) is set.
 *
 * @param database database holding the per-app collections ({@code ENGRAM_MONGODB_DATABASE})
 * @param atlas whether the server is MongoDB Atlas ({@code ENGRAM_MONGODB_ATLAS}): when true the
 *     client declares Stable API v1 and embeddings are stored as BSON float32 vectors, the compact
 *     form Atlas Vector Search indexes; when false (any MongoDB 7+) they are arrays of doubles
 */
@ConfigurationProperties("engram.mongodb")
public record MongoConfiguration(
    @Bindable(defaultValue = "engram") @NotBlank String database,
    @Bindable(defaultValue = "false") boolean atlas) {

  /** The defaults: database {@code engram}, no Atlas-only features. */
  public static MongoConfiguration defaults() {
    return new MongoConfiguration("engram", false);
  }
}
