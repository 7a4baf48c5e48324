package dev.engram.memory.embed;

/** Real embedders for tests outside this package. */
public final class TestEmbedders {
  private TestEmbedders() {}

  /** An embedder the test closes when done. */
  public interface Closeable extends Embedder, AutoCloseable {
    @Override
    void close();
  }

  /** The in-process MiniLM embedder (one thread). */
  public static Closeable miniLm() {
    InProcessEmbedder embedder = new InProcessEmbedder(1);
    return new Closeable() {
      @Override
      public String modelId() {
        return embedder.modelId();
      }

      @Override
      public int dimensions() {
        return embedder.dimensions();
      }

      @Override
      public float[] embed(String text) {
        return embedder.embed(text);
      }

      @Override
      public java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return embedder.embedAll(texts);
      }

      @Override
      public void close() {
        embedder.close();
      }
    };
  }
}
