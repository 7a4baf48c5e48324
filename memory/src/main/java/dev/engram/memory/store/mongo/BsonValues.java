package dev.engram.memory.store.mongo;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BinaryVector;
import org.bson.types.Binary;
import org.bson.types.Decimal128;

/** Decoded BSON values back to the plain Java values of the memory model. */
final class BsonValues {
  /** BSON binary subtype of vectors, and the dtype byte of float32 vectors. */
  private static final byte VECTOR_SUBTYPE = 9;

  private static final byte FLOAT32 = 0x27;

  private BsonValues() {}

  /** A document (or any map) as a {@link LinkedHashMap} of plain values; empty for null. */
  static Map<String, Object> map(@Nullable Map<String, Object> document) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (document != null) {
      document.forEach((key, value) -> map.put(key, plain(value)));
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Map<?, ?> nested) {
      return map((Map<String, Object>) nested);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(plain(item)));
      return copy;
    }
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    return value;
  }

  /** An embedding stored as an array of numbers or as a float32 vector. */
  static float @Nullable [] floats(@Nullable Object stored) {
    return switch (stored) {
      case null -> null;
      case List<?> list -> {
        float[] vector = new float[list.size()];
        for (int i = 0; i < vector.length; i++) {
          vector[i] = ((Number) list.get(i)).floatValue();
        }
        yield vector;
      }
      case BinaryVector vector -> vector.asFloat32Vector().getData();
      case Binary binary when binary.getType() == VECTOR_SUBTYPE -> float32(binary.getData());
      default ->
          throw new MemoryException(
              MemoryErrorCode.STORE_FAILED,
              "unreadable embedding of type " + stored.getClass().getSimpleName());
    };
  }

  private static float[] float32(byte[] data) {
    if (data.length < 2 || data[0] != FLOAT32) {
      throw new MemoryException(MemoryErrorCode.STORE_FAILED, "embedding is not a float32 vector");
    }
    float[] vector = new float[(data.length - 2) / Float.BYTES];
    ByteBuffer.wrap(data, 2, data.length - 2)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(vector);
    return vector;
  }
}
