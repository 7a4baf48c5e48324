package dev.engram.memory.store.mongo;

import com.mongodb.ConnectionString;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The MongoDB memory store (and the Atlas index over its collections), active when {@code
 * mongodb.uri} ({@code MONGODB_URI}) is set.
 *
 * @param database database holding the per-app collections ({@code ENGRAM_MONGODB_DATABASE});
 *     unset: the database the URI names ({@code mongodb+srv://…/prod} → {@code prod}), else {@code
 *     engram}. The store and the Atlas index both follow {@link #databaseName}.
 * @param atlas whether the server is MongoDB Atlas ({@code ENGRAM_MONGODB_ATLAS}): when true the
 *     client declares Stable API v1 and embeddings are stored as BSON float32 vectors, the compact
 *     form Atlas Vector Search indexes; when false (any MongoDB 7+) they are arrays of doubles
 */
@ConfigurationProperties("engram.mongodb")
public record MongoConfiguration(
    @Nullable String database, @Bindable(defaultValue = "false") boolean atlas) {
  /** The database when neither the setting nor the URI names one. */
  public static final String DEFAULT_DATABASE = "engram";

  /** The defaults: the URI's database (else {@code engram}), no Atlas-only features. */
  public static MongoConfiguration defaults() {
    return new MongoConfiguration(null, false);
  }

  /**
   * The one rule for the database of the store and of the Atlas index: {@code
   * engram.mongodb.database} when set, else the database in the connection string, else {@code
   * engram}.
   */
  public String databaseName(String uri) {
    if (database != null && !database.isBlank()) {
      return database;
    }
    String named = new ConnectionString(uri).getDatabase();
    return named == null || named.isBlank() ? DEFAULT_DATABASE : named;
  }
}
