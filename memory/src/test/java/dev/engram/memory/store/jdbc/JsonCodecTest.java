package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.MemoryException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of embeddings: half precision, with single-precision rows still readable. */
class JsonCodecTest {

  @Test
  void aUnitVectorIsStoredInHalfPrecisionAndKeepsItsCosines() {
    Random random = new Random(7);
    float[] a = unit(random, 384);
    float[] b = unit(random, 384);

    byte[] stored = JsonCodec.embedding(a);
    float[] back = JsonCodec.embedding(stored);
    float[] backB = JsonCodec.embedding(JsonCodec.embedding(b));

    assertThat(stored).hasSize(1 + 384 * 2);
    assertThat(stored[0]).isEqualTo(JsonCodec.HALF_PRECISION);
    assertThat(back).hasSize(384);
    for (int i = 0; i < a.length; i++) {
      assertThat(back[i]).isCloseTo(a[i], within(Math.abs(a[i]) / 1024 + 1e-7f));
    }
    assertThat(dot(back, backB)).isCloseTo(dot(a, b), within(1e-3));
    assertThat(dot(back, back)).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void rowsWrittenInSinglePrecisionReadBackUnchanged() {
    float[] vector = {0.25f, -0.5f, 0.123456789f, 1e-9f};
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);

    assertThat(JsonCodec.embedding(buffer.array())).containsExactly(vector);
  }

  @Test
  void aVectorBeyondHalfPrecisionIsKeptInSinglePrecision() {
    float[] vector = {1.5f, 70_000f, -3f};

    byte[] stored = JsonCodec.embedding(vector);

    assertThat(stored).hasSize(12);
    assertThat(JsonCodec.embedding(stored)).containsExactly(vector);
  }

  @Test
  void noEmbeddingStaysNone() {
    assertThat(JsonCodec.embedding((float[]) null)).isNull();
    assertThat(JsonCodec.embedding((byte[]) null)).isNull();
  }

  @Test
  void bytesOfNeitherFormAreRefused() {
    assertThatThrownBy(() -> JsonCodec.embedding(new byte[] {0, 1, 2, 3, 4, 5}))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("6 bytes");
  }

  private static float[] unit(Random random, int dimensions) {
    float[] v = new float[dimensions];
    double norm = 0;
    for (int i = 0; i < dimensions; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < dimensions; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
