package dev.engram.sdk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** How calls read their responses. */
final class Readers {
  private Readers() {}

  static <T> ApiCall.Reader<T> json(Class<T> type) {
    return r -> Json.read(r.body(), type);
  }

  static <T> ApiCall.Reader<T> json(TypeReference<T> type) {
    return r -> {
      try {
        return Json.mapper().readValue(r.body(), type);
      } catch (IOException e) {
        throw new EngramException("unexpected response: " + e.getMessage());
      }
    };
  }

  static ApiCall.Reader<JsonNode> tree() {
    return r -> Json.tree(r.body());
  }

  static ApiCall.Reader<String> text() {
    return r -> new String(r.body(), StandardCharsets.UTF_8);
  }

  /** One JSON value per non-blank line. */
  static ApiCall.Reader<List<JsonNode>> ndjson() {
    return r -> {
      List<JsonNode> out = new ArrayList<>();
      for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(Json.tree(line.getBytes(StandardCharsets.UTF_8)));
        }
      }
      return out;
    };
  }

  /** JSON when the server says so, otherwise the text; null for an empty body. */
  static ApiCall.Reader<JsonNode> any() {
    return r -> {
      if (r.body().length == 0) {
        return Json.mapper().missingNode();
      }
      String type = r.header("Content-Type");
      if (type != null && type.startsWith("application/json")) {
        return Json.tree(r.body());
      }
      return Json.mapper().getNodeFactory().textNode(new String(r.body(), StandardCharsets.UTF_8));
    };
  }
}
