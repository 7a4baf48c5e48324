package dev.engram.memory.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Turns the JSON object a model answered into what an engine expects, or says what is wrong with it
 * ({@link InvalidOutput}), so that {@link JsonChat} can ask once more.
 */
@FunctionalInterface
interface OutputReader<T> {

  T read(JsonNode json) throws InvalidOutput;

  /** A required non-blank string field. */
  static String text(JsonNode json, String field) throws InvalidOutput {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidOutput("\"" + field + "\" must be a non-empty string");
    }
    return value.asText().strip();
  }

  /** An optional string field: null when absent, null or blank. */
  static String optionalText(JsonNode json, String field) throws InvalidOutput {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidOutput("\"" + field + "\" must be a string or null");
    }
    return value.asText().isBlank() ? null : value.asText().strip();
  }

  /** A required field whose value is one of {@code allowed} (case-insensitive), upper-cased. */
  static String oneOf(JsonNode json, String field, Collection<String> allowed)
      throws InvalidOutput {
    String value = text(json, field).toUpperCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      throw new InvalidOutput(
          "\"" + field + "\" must be one of " + String.join(", ", allowed) + ", not " + value);
    }
    return value;
  }

  /** A required array field. */
  static JsonNode array(JsonNode json, String field) throws InvalidOutput {
    JsonNode value = json.get(field);
    if (value == null || !value.isArray()) {
      throw new InvalidOutput("\"" + field + "\" must be an array");
    }
    return value;
  }

  /** An optional array of strings; empty when absent. */
  static List<String> strings(JsonNode json, String field) throws InvalidOutput {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidOutput("\"" + field + "\" must be an array of strings");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new InvalidOutput("\"" + field + "\" must be an array of strings");
      }
      strings.add(item.asText().strip());
    }
    return strings;
  }
}
