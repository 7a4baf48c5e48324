package dev.engram.tools.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The bad bodies of part (b), made from a route's good body: each is one {@link Bad}, either one
 * the server must refuse (4xx with the error shape, nothing changed) or one it may accept as plain
 * data (SQL metacharacters) but must not fail on.
 */
final class BadInputs {
  /** Over {@code micronaut.server.max-request-size} (10 MB). */
  static final int HUGE_BYTES = 10 * 1024 * 1024 + 4096;

  private static final String MARK = "@@bad-value@@";

  /** One bad request body. */
  record Bad(String kind, byte[] body, boolean mustRefuse) {}

  /** Path values that must never reach a store or a file: traversal, injection, NUL. */
  static final List<String> BAD_IDS =
      List.of(
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..%5C..%5Cwindows%5Cwin.ini",
          "x%27%20OR%20%271%27%3D%271",
          "abc%00def",
          "%7B%22%24ne%22%3Anull%7D");

  /** Callback URLs that point inside the server's network or at files. */
  static final List<String> SSRF_URLS =
      List.of(
          "http://169.254.169.254/latest/meta-data/",
          "http://127.0.0.1:8080/admin/v1/orgs",
          "http://localhost/",
          "http://[::1]/",
          "http://10.0.0.1/",
          "http://0x7f000001/",
          "file:///etc/passwd",
          "gopher://127.0.0.1:6379/_FLUSHALL");

  private BadInputs() {}

  static List<Bad> of(String goodBody, String urlField, boolean quick) {
    List<Bad> out = new ArrayList<>();
    out.add(refuse("malformed JSON", "{\"a\":"));
    out.add(refuse("trailing garbage", goodBody + " }{"));
    out.add(refuse("not an object", "[1,2,3]"));
    out.add(refuse("deeply nested arrays", "[".repeat(100_000) + "]".repeat(100_000)));
    if (!quick) {
      out.add(new Bad("huge body", huge(), true));
    }
    JsonNode good = parse(goodBody);
    String field = firstText(good, "");
    if (field != null) {
      out.add(refuse("NUL byte in " + field, with(good, field, "\"a\\u0000b\"")));
      out.add(refuse("lone surrogate in " + field, with(good, field, "\"tea \\ud800\"")));
      out.add(refuse("low surrogate in " + field, with(good, field, "\"\\udc00\"")));
      out.add(refuse("operator $ne in " + field, with(good, field, "{\"$ne\":null}")));
      out.add(refuse("operator $where in " + field, with(good, field, "{\"$where\":\"1==1\"}")));
      String nested = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
      out.add(refuse("deep nesting in " + field, with(good, field, nested)));
      out.add(
          new Bad(
              "SQL metacharacters in " + field,
              bytes(with(good, field, "\"x' OR '1'='1'; DROP TABLE memories; --\"")),
              false));
    }
    if (good instanceof ObjectNode object) {
      out.add(refuse("unknown key $where", withKey(object, "$where", "sleep(1000)")));
      out.add(refuse("dotted key", withKey(object, "user.id", "someone-else")));
      out.add(refuse("key with NUL", withKey(object, "a\u0000b", "x")));
    }
    if (urlField != null) {
      for (String url : quick ? SSRF_URLS.subList(0, 3) : SSRF_URLS) {
        out.add(refuse("SSRF " + urlField + "=" + url, with(good, urlField, "\"" + url + "\"")));
      }
    }
    return out;
  }

  private static Bad refuse(String kind, String body) {
    return new Bad(kind, bytes(body), true);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] huge() {
    byte[] body = new byte[HUGE_BYTES];
    java.util.Arrays.fill(body, (byte) 'x');
    byte[] head = bytes("{\"content\":\"");
    System.arraycopy(head, 0, body, 0, head.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';
    return body;
  }

  static JsonNode parse(String json) {
    try {
      return SecurityHttp.JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  /** The dotted path of the first text value, depth first. */
  private static String firstText(JsonNode node, String path) {
    if (node.isTextual()) {
      return path;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String found =
            firstText(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = firstText(node.get(i), path.isEmpty() ? "" + i : path + "." + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The body with the value at the dotted path replaced by raw JSON text. */
  static String with(JsonNode good, String dotted, String rawJson) {
    JsonNode copy = good.deepCopy();
    String[] parts = dotted.split("\\.");
    JsonNode parent = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (parent instanceof ObjectNode o) {
      o.put(last, MARK);
    } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      a.set(Integer.parseInt(last), a.textNode(MARK));
    }
    return SecurityHttp.json(copy).replace("\"" + MARK + "\"", rawJson);
  }

  private static String withKey(ObjectNode good, String key, String value) {
    ObjectNode copy = good.deepCopy();
    copy.put(key, value);
    return SecurityHttp.json(copy);
  }
}
