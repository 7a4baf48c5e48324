package dev.engram.api.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for tests: real requests, raw statuses and bodies, JSON helpers. */
public final class Http {
  private final HttpClient client;
  private final URI base;
  private final JsonMapper json;

  public Http(URI base, JsonMapper json) {
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.base = base;
    this.json = json;
  }

  /** A client whose connections come from {@code localAddress} (e.g. 127.0.0.9), to the server. */
  public Http(URI base, JsonMapper json, java.net.InetAddress localAddress) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .localAddress(localAddress)
            .build();
    this.base = base;
    this.json = json;
  }

  /** A response with its status, headers and body (parsed as JSON on demand). */
  public record Response(int status, HttpResponse<String> raw, JsonMapper json) {
    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public Map<String, Object> map() {
      return read(Argument.mapOf(String.class, Object.class));
    }

    public List<Map<String, Object>> list() {
      return read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** The value at a dotted path of the JSON object body, e.g. {@code error.code}. */
    @SuppressWarnings("unchecked")
    public Object at(String path) {
      Object current = map();
      for (String part : path.split("\\.")) {
        if (!(current instanceof Map<?, ?> m)) {
          return null;
        }
        current = ((Map<String, Object>) m).get(part);
      }
      return current;
    }

    public String text(String path) {
      Object value = at(path);
      return value == null ? null : value.toString();
    }

    private <T> T read(Argument<T> type) {
      try {
        return json.readValue(raw.body(), type);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }
  }

  public Response get(String path, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
  }

  public Response delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), headers);
  }

  public Response post(String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  public Response patch(String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  public Response put(String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  /** JSON text of a value, for request bodies built from maps. */
  public String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Response send(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          client.send(
              builder.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
