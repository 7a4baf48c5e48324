package dev.engram.memory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson mapper of the engine (and of the API's and tools' own JSON work):
 * stored JSON (metadata, events, task payloads), import/export lines, LLM and embeddings bodies.
 * Input with anything after its JSON value is refused. Configured once here and shared (an {@link
 * ObjectMapper} is thread-safe once configured); never reconfigure it at a call site.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
