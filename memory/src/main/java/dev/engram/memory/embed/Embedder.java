package dev.engram.memory.embed;

import java.util.List;

/**
 * Turns text into unit-length vectors. The model id is stored with every vector; vectors of
 * different models are never compared (a model change needs {@code ./engram reindex}).
 *
 * <p>Implementations: in-process all-MiniLM-L6-v2 (default, offline) and any OpenAI-compatible
 * embeddings endpoint. {@code EmbedderContract} in the test-jar is the shared behaviour.
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

  /** Vectors of many texts, in order; implementations batch where the model allows. */
  List<float[]> embedAll(List<String> texts);
}
