package dev.engram.memory.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * One of LangChain4j's bundled ONNX embedding models ({@link LocalModel}) on an ONNX Runtime
 * session we configure ourselves. LangChain4j's own model classes use the default session options
 * (one spin-waiting intra-op thread per core); this one uses {@code intraOpThreads} threads, one
 * inter-op thread and no spinning, so concurrent callers each get a core instead of fighting over
 * all of them.
 */
final class OnnxModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

  static {
    // DJL's tokenizer library otherwise probes a cloud metadata address at start-up.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    // before ONNX Runtime loads: the empty directories that killed processes left behind
    StaleNativeDirectories.removeInTemporaryDirectory();
  }

  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final OnnxBertBiEncoder encoder;
  private final TokenEncoder tokens;

  OnnxModel(LocalModel model, int intraOpThreads, Executor executor) {
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
      session = environment.createSession(read(model.modelResource()), options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime session for " + model.id(), e);
    }
    PoolingMode pooling =
        model.pooling() == LocalModel.Pooling.CLS ? PoolingMode.CLS : PoolingMode.MEAN;
    try (InputStream tokenizer = open(model.tokenizerResource())) {
      encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer of " + model.id(), e);
    }
    try (InputStream tokenizer = open(model.tokenizerResource())) {
      tokens = new TokenEncoder(environment, session, tokenizer, model.pooling());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer of " + model.id(), e);
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
    return LocalModel.DIMENSIONS;
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
    InputStream in = OnnxModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " not found: is its langchain4j-embeddings artifact on the classpath?");
    }
    return in;
  }
}
