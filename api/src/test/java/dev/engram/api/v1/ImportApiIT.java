package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/import} checks every line like a write through the API, reports bad lines by
 * number, field and code, keeps the store and the index consistent and never shows internals.
 */
@MicronautTest(transactional = false)
class ImportApiIT extends ApiTestSupport {
  private String adminKey() {
    String root = adminToken();
    String org = createOrg(root, unique("import"));
    String app = createApp(root, org, unique("import"));
    return createKeySecret(root, app, List.of("admin"));
  }

  private static Map<String, Object> memory(String id, String user, String content) {
    Map<String, Object> memory = new LinkedHashMap<>();
    memory.put("id", id);
    memory.put("user_id", user);
    memory.put("type", "semantic");
    memory.put("content", content);
    memory.put("status", "active");
    memory.put("created_at", "2026-01-01T00:00:00Z");
    memory.put("updated_at", "2026-01-01T00:00:00Z");
    return memory;
  }

  private String line(Map<String, Object> memory) {
    return http.toJson(Map.of("memory", memory));
  }

  private Http.Response importNdjson(String key, String body) {
    return http.send(
        HttpRequest.newBuilder(server.getURI().resolve("/v1/import"))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        Http.bearer(key));
  }

  private long total(String key) {
    return ((Number) http.get("/v1/memories?limit=1", Http.bearer(key)).at("total")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Http.Response response) {
    return (List<Map<String, Object>>) response.at("errors");
  }

  @Test
  void refusesEachBadLineByFieldAndImportsTheOthers() {
    String key = adminKey();
    Map<String, Object> importance = memory("mem_importance1", "u1", "Ann likes tea");
    importance.put("importance", 999);
    Map<String, Object> tags = memory("mem_tags0000001", "u1", "Ann likes coffee");
    tags.put("tags", Collections.nCopies(66, "t".repeat(300)));
    Map<String, Object> nulUser = memory("mem_nuluser0001", "al\u0000ice", "Ann likes milk");
    Map<String, Object> path = memory("../../etc/passwd", "u1", "Ann likes juice");
    Map<String, Object> invisible = memory("mem_invisible01", "u1", "\u200b");
    Map<String, Object> badDate = memory("mem_baddate0001", "u1", "Ann likes cocoa");
    badDate.put("valid_from", "-1000000000-01-01T00:00:00Z");
    Map<String, Object> numberContent = memory("mem_numbercont1", "u1", "x");
    numberContent.put("content", 123);
    Map<String, Object> good = memory("mem_goodline001", "u1", "Ann likes green tea");
    Map<String, Object> good2 = memory("mem_goodline002", "u1", "Ann lives in Porto");
    String body =
        String.join(
            "\n",
            line(importance),
            line(tags),
            line(nulUser),
            line(path),
            line(good),
            line(invisible),
            line(badDate),
            line(numberContent),
            "{\"memory\":{\"id\":\"mem_trailing001\"}} trailing",
            "{not json",
            line(good2));

    Http.Response response = importNdjson(key, body);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("lines")).isEqualTo(11);
    assertThat(response.at("imported")).isEqualTo(2);
    assertThat(response.at("failed")).isEqualTo(9);
    assertThat(errors(response))
        .extracting(e -> e.get("line") + " " + e.get("field") + " " + e.get("code"))
        .containsExactly(
            "1 memory.importance invalid_field",
            "2 memory.tags invalid_field",
            "3 memory.user_id invalid_field",
            "4 memory.id invalid_field",
            "6 memory.content invalid_field",
            "7 memory.valid_from invalid_field",
            "8 memory.content invalid_field",
            "9 null invalid_json",
            "10 null invalid_json");
    assertThat(errors(response))
        .allSatisfy(
            e ->
                assertThat(e.get("message").toString())
                    .doesNotContainIgnoringCase("sql")
                    .doesNotContain("java.")
                    .doesNotContain("Exception")
                    .doesNotContainIgnoringCase("jackson"));
    assertThat(total(key)).isEqualTo(2);
  }

  @Test
  void aVectorTheIndexCannotTakeIsEmbeddedAgainSoSearchFindsTheMemory() {
    String key = adminKey();
    Map<String, Object> shortVector = memory("mem_shortvec001", "u1", "Ann plays the cello");
    shortVector.put("embedding", List.of(0.1, 0.2, 0.3));
    shortVector.put("embedding_model", "all-minilm-l6-v2-q");
    String infinite = line(memory("mem_infinite001", "u1", "Ann collects stamps"));
    List<String> vector = new ArrayList<>(Collections.nCopies(384, "0.05"));
    vector.set(0, "1e999");
    infinite =
        infinite.substring(0, infinite.length() - 2)
            + ",\"embedding\":["
            + String.join(",", vector)
            + "],\"embedding_model\":\"all-minilm-l6-v2-q\"}}";

    Http.Response response = importNdjson(key, line(shortVector) + "\n" + infinite);

    assertThat(response.at("imported")).as(response.body()).isEqualTo(2);
    assertThat(response.at("reembedded")).isEqualTo(2);
    for (String query : List.of("Which instrument does Ann play?", "What does Ann collect?")) {
      Http.Response found =
          http.post(
              "/v1/memories/search",
              http.toJson(Map.of("query", query, "user_id", "u1", "mode", "vector", "limit", 1)),
              Http.bearer(key));
      assertThat(found.status()).as(found.body()).isEqualTo(200);
      assertThat(found.body()).contains(query.contains("play") ? "cello" : "stamps");
    }
  }

  @Test
  void timesOfRecordInTheFutureAreTakenAsNow() {
    String key = adminKey();
    Map<String, Object> future = memory("mem_future00001", "u1", "Ann likes figs");
    future.put("created_at", "9000-01-01T00:00:00Z");
    future.put("updated_at", "9000-01-01T00:00:00Z");
    Instant before = clock.instant();

    Http.Response response = importNdjson(key, line(future));

    assertThat(response.at("imported")).as(response.body()).isEqualTo(1);
    Http.Response read = http.get("/v1/memories/mem_future00001", Http.bearer(key));
    assertThat(Instant.parse(read.text("updated_at"))).isBetween(before, clock.instant());
    assertThat(Instant.parse(read.text("created_at"))).isBetween(before, clock.instant());
  }

  @Test
  void aLineThatCannotBeStoredFailsAloneNotItsBatch() {
    String key = adminKey();
    String event =
        "\"events\":[{\"id\":\"evt_sameevent01\",\"memory_id\":\"%s\",\"user_id\":\"u1\","
            + "\"type\":\"ADD\",\"actor\":\"key_1\",\"at\":\"2026-01-01T00:00:00Z\"}]";
    String first = line(memory("mem_sameevent01", "u1", "Ann likes plums"));
    String second = line(memory("mem_sameevent02", "u1", "Ann likes pears"));
    first = first.substring(0, first.length() - 1) + "," + event.formatted("mem_sameevent01") + "}";
    second =
        second.substring(0, second.length() - 1) + "," + event.formatted("mem_sameevent02") + "}";

    Http.Response response =
        importNdjson(
            key,
            first
                + "\n"
                + second
                + "\n"
                + line(memory("mem_third000001", "u1", "Ann likes kiwis")));

    assertThat(response.at("imported")).as(response.body()).isEqualTo(2);
    assertThat(response.at("failed")).isEqualTo(1);
    assertThat(errors(response).get(0))
        .containsEntry("line", 2)
        .containsEntry("code", "store_failed");
    assertThat(errors(response).get(0).get("message").toString())
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("Exception");
    assertThat(total(key)).isEqualTo(2);
  }

  @Test
  void aBodyOverTheLimitIsRefusedAtOnceWith413() throws Exception {
    String key = adminKey();
    byte[] body = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(server.getURI().resolve("/v1/import"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-ndjson")
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();

    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("no answer to an 11 MB import", e);
    }

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("body_too_large").contains("max-request-size");
  }
}
