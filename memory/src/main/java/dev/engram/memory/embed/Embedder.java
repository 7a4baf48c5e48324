package dev.engram.memory.embed;

import java.util.List;

/**
 * Turns text into unit-length vectors. The model id is stored with every vector; vectors of
 * different models are never compared (a model change needs {@code ./engram reindex}).
 *
 * <p>Implementations: in-process models ({@link LocalModel}: all-MiniLM-L6-v2 by default, offline)
 * and any OpenAI-compatible embeddings endpoint. {@code EmbedderContract} in the test-jar is the
 * shared behaviour.
 */
public interface Embedder {
  /**
   * Identifies the model, e.g. {@code all-minilm-l6-v2-q} or {@code openai:text-embedding-3-small}.
   */
  String modelId();

  /** Length of every vector this embedder returns. */
  int dimensions();

  /** The unit-length vector of one text. */
  float[] embed(String text);

  /**
   * The unit-length vector of a search query, to be compared with the vectors of stored texts. Some
   * models were trained with a prefix on questions ({@link LocalModel#queryPrefix}); the others
   * embed a query as any text.
   */
  default float[] embedQuery(String query) {
    return embed(query);
  }

  /** Vectors of many texts, in order; implementations batch where the model allows. */
  List<float[]> embedAll(List<String> texts);
}
