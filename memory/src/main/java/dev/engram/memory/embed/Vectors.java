package dev.engram.memory.embed;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;

/** Helpers shared by the embedders: unit-length vectors and bounded input text. */
final class Vectors {
  private Vectors() {}

  /** Scales {@code vector} in place to unit length. */
  static float[] normalize(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += (double) v * v;
    }
    if (sum == 0 || !Double.isFinite(sum)) {
      throw new MemoryException(
          MemoryErrorCode.EMBEDDING_FAILED, "the model returned a zero or non-finite vector");
    }
    float scale = (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= scale;
    }
    return vector;
  }

  /** Rejects blank text: no model gives it a meaningful vector. */
  static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw MemoryException.invalid("text", "must not be blank");
    }
    return text;
  }

  /**
   * Cuts {@code text} to at most {@code maxChars} characters, at a whitespace boundary when one is
   * in the last quarter, never inside a surrogate pair.
   */
  static String truncate(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    for (int i = maxChars; i > maxChars * 3 / 4; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        end = i;
        break;
      }
    }
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
