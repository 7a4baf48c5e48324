package dev.engram.memory;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.util.VectorUtil;

/**
 * The engine's vector math, on Lucene's {@link VectorUtil} (SIMD through the incubating vector
 * module when the launcher enables it, plain loops otherwise).
 */
public final class Vectors {
  private Vectors() {}

  /**
   * The dot product of two vectors of the same dimension (the cosine of normalized embeddings).
   *
   * @throws IllegalArgumentException when the dimensions differ
   */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vector of " + a.length + " dimensions against one of " + b.length);
    }
    return VectorUtil.dotProduct(a, b);
  }

  /**
   * The cosine of two vectors, whatever their norms; 0 when either is absent, empty, all zeros, or
   * when their dimensions differ.
   */
  public static double cosine(@Nullable float[] a, @Nullable float[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) {
      return 0;
    }
    double na = VectorUtil.dotProduct(a, a);
    double nb = VectorUtil.dotProduct(b, b);
    if (na == 0 || nb == 0) {
      return 0;
    }
    return VectorUtil.dotProduct(a, b) / Math.sqrt(na * nb);
  }
}
