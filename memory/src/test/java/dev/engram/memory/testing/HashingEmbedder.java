package dev.engram.memory.testing;

import dev.engram.memory.embed.Embedder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A fast, deterministic fake embedder for tests: a bag of lower-cased words hashed into {@code
 * dimensions} buckets, normalized and rounded to half precision. Texts sharing words are similar;
 * others are not.
 */
public final class HashingEmbedder implements Embedder {
  private final int dimensions;

  public HashingEmbedder() {
    this(384);
  }

  public HashingEmbedder(int dimensions) {
    this.dimensions = dimensions;
  }

  @Override
  public String modelId() {
    return "test-hashing-" + dimensions;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public float[] embed(String text) {
    float[] vector = new float[dimensions];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      CRC32 crc = new CRC32();
      crc.update(word.getBytes(StandardCharsets.UTF_8));
      long hash = crc.getValue();
      vector[(int) (hash % dimensions)] += ((hash >> 20) & 1) == 0 ? 1f : -1f;
    }
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      vector[0] = 1f;
      return vector;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dimensions; i++) {
      // rounded to half precision, which the JDBC store keeps exactly (its stored form), so a
      // memory compares equal after a round trip through any store
      vector[i] = Float.float16ToFloat(Float.floatToFloat16(vector[i] * scale));
    }
    return vector;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }
}
