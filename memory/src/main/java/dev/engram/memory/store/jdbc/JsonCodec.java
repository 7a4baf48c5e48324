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

  static byte @Nullable [] embedding(float @Nullable [] vector) {
    if (vector == null) {
      return null;
    }
    ByteBuffer buffer =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  static float @Nullable [] embedding(byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
