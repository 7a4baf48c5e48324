package dev.engram.memory.embed;

import java.util.Locale;

/**
 * The in-process embedding models Engram can run offline, each bundled in a LangChain4j Maven
 * artifact (ONNX model and tokenizer), chosen with {@code engram.embeddings.local-model}. All give
 * 384-dimensional vectors; they differ in size, speed and how well questions find the statements
 * that answer them (docs/memory-quality.md has the measured figures).
 *
 * <p>Some models were trained with a prefix on questions and on stored texts: {@link #queryPrefix}
 * goes before a search query, {@link #passagePrefix} before every stored text. The model id stored
 * with the vectors names the model, so vectors of two models are never compared ({@code ./engram
 * reindex} re-embeds after a switch).
 */
public enum LocalModel {
  /** all-MiniLM-L6-v2, quantized: 6 layers, mean pooling, no prefixes (the default). */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q", Pooling.MEAN, "", ""),
  /**
   * BAAI bge-small-en-v1.5, quantized: 12 layers, the [CLS] state, an instruction before queries.
   */
  BGE_SMALL_EN_V15_Q(
      "bge-small-en-v15-q",
      "/bge-small-en-v1.5-q",
      Pooling.CLS,
      "Represent this sentence for searching relevant passages: ",
      ""),
  /** intfloat e5-small-v2, quantized: 12 layers, mean pooling, "query: " / "passage: ". */
  E5_SMALL_V2_Q("e5-small-v2-q", "/e5-small-v2-q", Pooling.MEAN, "query: ", "passage: ");

  /** How token states become one vector. */
  enum Pooling {
    MEAN,
    CLS
  }

  static final int DIMENSIONS = 384;

  private final String id;
  private final String resource;
  private final Pooling pooling;
  private final String queryPrefix;
  private final String passagePrefix;

  LocalModel(
      String id, String resource, Pooling pooling, String queryPrefix, String passagePrefix) {
    this.id = id;
    this.resource = resource;
    this.pooling = pooling;
    this.queryPrefix = queryPrefix;
    this.passagePrefix = passagePrefix;
  }

  /** The model id stored with every vector, e.g. {@code all-minilm-l6-v2-q}. */
  public String id() {
    return id;
  }

  String modelResource() {
    return resource + ".onnx";
  }

  String tokenizerResource() {
    return resource + "-tokenizer.json";
  }

  Pooling pooling() {
    return pooling;
  }

  String queryPrefix() {
    return queryPrefix;
  }

  String passagePrefix() {
    return passagePrefix;
  }

  /** The model of an id ({@code bge-small-en-v15-q}) or constant name; case does not matter. */
  public static LocalModel of(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (LocalModel model : values()) {
      if (model.id.equals(wanted)
          || model.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)) {
        return model;
      }
    }
    throw new IllegalArgumentException(
        "engram.embeddings.local-model: unknown model '"
            + name
            + "' (use all-minilm-l6-v2-q, bge-small-en-v15-q or e5-small-v2-q)");
  }
}
