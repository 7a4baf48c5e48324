package dev.engram.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engram.tenancy.event.PlatformEvent;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's one JSON codec: frames, events on the bus and rows of the sync queue. Field names
 * are snake_case like the API's.
 */
final class Json {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** An event as the JSON object subscribers receive (and the bus carries). */
  static ObjectNode eventNode(PlatformEvent event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", event.id());
    node.put("app_id", event.appId());
    node.put("topic", event.topic());
    node.put("type", event.type());
    node.set("ids", MAPPER.valueToTree(event.ids()));
    node.set("payload", MAPPER.valueToTree(event.payload()));
    node.put("at", event.at().toString());
    return node;
  }

  static String writeEvent(PlatformEvent event) {
    return eventNode(event).toString();
  }

  static PlatformEvent readEvent(String text) throws JsonProcessingException {
    JsonNode node = MAPPER.readTree(text);
    Map<String, String> ids =
        node.has("ids") ? MAPPER.convertValue(node.get("ids"), STRINGS) : Map.of();
    Map<String, Object> payload =
        node.has("payload") ? MAPPER.convertValue(node.get("payload"), MAP) : Map.of();
    return new PlatformEvent(
        node.path("id").asText(),
        node.path("app_id").asText(),
        node.path("topic").asText(),
        node.path("type").asText(),
        ids,
        new LinkedHashMap<>(payload),
        Instant.parse(node.path("at").asText()));
  }

  static Map<String, Object> toMap(JsonNode node) {
    return MAPPER.convertValue(node, MAP);
  }
}
