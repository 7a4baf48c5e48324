package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP for the benchmarks: one request, and the status and body it got. */
final class BenchHttp {
  private static final ObjectMapper JSON = Json.mapper();

  private BenchHttp() {}

  /** The answer to {@code method path}. */
  record Answer(String method, String path, int status, String body) {
    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    /** The failure to throw when the status is not the one expected. */
    IllegalStateException refused() {
      return new IllegalStateException(method + " " + path + " answered " + status + ": " + body);
    }
  }

  /**
   * Sends {@code body} (as JSON; bytes as they are; nothing when null) with a JSON content type and
   * the given headers.
   */
  static Answer send(
      HttpClient client,
      URI base,
      String method,
      String path,
      @Nullable Object body,
      Duration timeout,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(
                        body instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(body)));
    headers.forEach(request::header);
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(method, path, response.statusCode(), response.body());
  }

  /** The bearer authorization header of {@code token}, none when null. */
  static Map<String, String> bearer(@Nullable String token) {
    return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
  }
}
