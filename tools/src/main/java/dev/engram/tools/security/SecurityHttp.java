package dev.engram.tools.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP to the server under test: raw statuses and bodies, nothing hidden. */
final class SecurityHttp {
  static final ObjectMapper JSON = Json.mapper();

  /** A status (0 when the server closed the connection without one) and the body as text. */
  record Reply(int status, String body, HttpResponse<String> raw) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    String header(String name) {
      return raw == null ? null : raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.missingNode();
      }
    }

    String text(String dottedPath) {
      JsonNode node = json();
      for (String part : dottedPath.split("\\.")) {
        node = node.path(part);
      }
      return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  SecurityHttp(URI base) {
    this.base = base;
  }

  URI base() {
    return base;
  }

  Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Reply post(String path, String json, String... headers) {
    return send("POST", path, json.getBytes(StandardCharsets.UTF_8), headers);
  }

  Reply put(String path, String json, String... headers) {
    return send("PUT", path, json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Any method; a body (sent as JSON) or none. */
  Reply send(String method, String path, byte[] body, String... headers) {
    return send(method, path, body, "application/json", headers);
  }

  /** Any method; a body of the given content type or none. */
  Reply send(String method, String path, byte[] body, String contentType, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", contentType);
      builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      // a server may answer a huge body early and close the connection while it is still sent
      return new Reply(0, "connection closed: " + e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
