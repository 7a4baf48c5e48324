package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An export many times larger than any buffer between the store and the socket arrives whole
 * through {@code GET /v1/export} and the console's {@code /admin/v1/apps/{app}/export}, also to a
 * client that reads slowly: every memory, each line complete JSON, ending with a newline (an export
 * once stopped after 64 KB and still answered 200 when the client paused).
 */
@MicronautTest(transactional = false)
class LargeExportIT extends ApiTestSupport {
  private static final int MEMORIES = 600;

  private String root;
  private String app;
  private String key;

  @BeforeAll
  void importAppOfSeveralHundredKilobytes() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    app = createApp(root, createOrg(root, unique("large-export")), unique("large-export"));
    key = createKeySecret(root, app, List.of("admin"));
    String padding = "x".repeat(2000);
    String body =
        IntStream.range(0, MEMORIES)
            .mapToObj(
                i ->
                    http.toJson(
                        Map.of(
                            "memory",
                            Map.of(
                                "id", String.format("mem_large%06d", i),
                                "user_id", "u" + (i % 7),
                                "type", "semantic",
                                "content", "Fact number " + i + " " + padding,
                                "status", "active",
                                "created_at", "2026-01-01T00:00:00Z",
                                "updated_at", "2026-01-01T00:00:00Z"))))
            .collect(Collectors.joining("\n", "", "\n"));
    Http.Response imported =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/v1/import"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            Http.bearer(key));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(((Number) imported.at("imported")).intValue()).isEqualTo(MEMORIES);
  }

  @Test
  void theApiExportArrivesWholeAtAFastClient() {
    assertWhole(http.get("/v1/export", Http.bearer(key)).body());
  }

  @Test
  void theApiExportArrivesWholeAtAClientThatPausesBeforeReading() throws Exception {
    assertWhole(readSlowly("/v1/export", key));
  }

  @Test
  void theConsoleExportArrivesWholeAtAClientThatPausesBeforeReading() throws Exception {
    assertWhole(readSlowly("/admin/v1/apps/" + app + "/export", root));
  }

  /**
   * Waits before reading, so that the server's writer fills every buffer and the server stops
   * reading the export until the client takes more; then reads it in small steps.
   */
  private String readSlowly(String path, String token) throws Exception {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = response.body()) {
      Thread.sleep(3_000);
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        body.write(buffer, 0, n);
        if (body.size() < 512 * 1024) {
          Thread.sleep(5);
        }
      }
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  private void assertWhole(String body) {
    assertThat(body.length()).as("bytes exported").isGreaterThan(1024 * 1024);
    assertThat(body).endsWith("\n");
    List<String> lines = body.lines().toList();
    assertThat(lines).hasSize(MEMORIES);
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"memory\":").endsWith("}"));
    assertThat(lines)
        .extracting(l -> l.substring(l.indexOf("mem_large"), l.indexOf("mem_large") + 15))
        .doesNotHaveDuplicates()
        .hasSize(MEMORIES);
  }
}
