package dev.engram.memory.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Source;
import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text of tags, metadata, sources and event details; embeddings as little-endian bytes. */
final class JsonCodec {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};

  private final ObjectMapper mapper = Json.mapper();

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "cannot write JSON: " + e.getOriginalMessage(), null, e);
    }
  }

  Map<String, Object> map(String json) {
    return read(json, MAP);
  }

  List<String> strings(String json) {
    return read(json, STRINGS);
  }

  String writeSources(List<Source> sources) {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Source source : sources) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("conversation_id", source.conversationId());
      map.put("message_ids", source.messageIds());
      maps.add(map);
    }
    return write(maps);
  }

  @SuppressWarnings("unchecked")
  List<Source> sources(String json) {
    List<Source> sources = new ArrayList<>();
    for (Map<String, Object> map : read(json, MAPS)) {
      sources.add(
          new Source((String) map.get("conversation_id"), (List<String>) map.get("message_ids")));
    }
    return sources;
  }

  private <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED,
          "cannot read stored JSON: " + e.getOriginalMessage(),
          null,
          e);
    }
  }

  /**
   * First byte of an embedding stored as half-precision values: such a row is one byte and two per
   * value long, an odd length, while the single-precision rows written before are four bytes per
   * value, so both read back.
   */
  static final byte HALF_PRECISION = 1;

  /** The largest magnitude a half-precision value holds. */
  private static final float HALF_MAX = 65504f;

  /**
   * An embedding's bytes: half-precision (IEEE 754 binary16, little-endian) after {@link
   * #HALF_PRECISION}, half the size of single precision, which was ~88 % of a memory's row. A
   * binary16 value keeps 11 significant bits (relative error ≤ 2⁻¹¹), so the cosine of two stored
   * unit vectors moves by about 10⁻⁴ at most, far below what ranks or decides anything; the index
   * scores with the vector as embedded. A vector holding a value half precision cannot (beyond
   * ±65,504, or not finite) is stored in single precision.
   */
  static byte @Nullable [] embedding(float @Nullable [] vector) {
    if (vector == null) {
      return null;
    }
    if (!fitsHalfPrecision(vector)) {
      ByteBuffer buffer =
          ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      buffer.asFloatBuffer().put(vector);
      return buffer.array();
    }
    ByteBuffer buffer =
        ByteBuffer.allocate(1 + vector.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(HALF_PRECISION);
    for (float value : vector) {
      buffer.putShort(Float.floatToFloat16(value));
    }
    return buffer.array();
  }

  static float @Nullable [] embedding(byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length % 2 == 1 && bytes[0] == HALF_PRECISION) {
      float[] vector = new float[(bytes.length - 1) / Short.BYTES];
      buffer.position(1);
      for (int i = 0; i < vector.length; i++) {
        vector[i] = Float.float16ToFloat(buffer.getShort());
      }
      return vector;
    }
    if (bytes.length % Float.BYTES != 0) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "unreadable embedding: " + bytes.length + " bytes");
    }
    float[] vector = new float[bytes.length / Float.BYTES];
    buffer.asFloatBuffer().get(vector);
    return vector;
  }

  private static boolean fitsHalfPrecision(float[] vector) {
    for (float value : vector) {
      if (!Float.isFinite(value) || Math.abs(value) > HALF_MAX) {
        return false;
      }
    }
    return true;
  }
}
