package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every /v1 write and read path: each is a 400 naming the field, with a clean message,
 * and changes nothing. {@code PostgresBadInputApiIT} runs the same requests on PostgreSQL, where a
 * NUL character or an unpaired surrogate would otherwise fail or be stored altered.
 */
@MicronautTest(transactional = false)
class BadInputApiIT extends ApiTestSupport {
  private static final String HUGE = "\"+1000000000-12-31T23:59:59.999999999Z\"";
  private static final String TINY = "\"-1000000000-01-01T00:00:00Z\"";

  private String writer;
  private String admin;
  private String memoryId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("bad-input"));
    String app = createApp(root, org, "bad-input");
    writer = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    admin = createKeySecret(root, app, List.of("admin"));
    Http.Response added =
        http.post(
            "/v1/memories",
            "{\"user_id\":\"u1\",\"content\":\"Ann likes tea\",\"resolve\":false,"
                + "\"valid_from\":\"2026-01-01T00:00:00Z\"}",
            Http.bearer(writer));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    memoryId = ((List<?>) added.at("ids")).get(0).toString();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        post("/v1/memories", memory("\"ttl_seconds\":9223372036854775807"), "ttl_seconds"),
        post("/v1/memories", memory("\"ttl_seconds\":1e13"), "ttl_seconds"),
        post("/v1/memories", memory("\"ttl_seconds\":10000000000000"), "ttl_seconds"),
        post("/v1/memories", memory("\"ttl_seconds\":0"), "ttl_seconds"),
        post("/v1/memories", memory("\"expires_at\":" + HUGE), "expires_at"),
        post("/v1/memories", memory("\"valid_from\":" + TINY), "valid_from"),
        post("/v1/memories", content("\\u200b"), "content"),
        post("/v1/memories", content("\\u202e"), "content"),
        post("/v1/memories", content("\\ufeff\\ufeff"), "content"),
        post("/v1/memories", content("\\ud800"), "content"),
        post("/v1/memories", content("tea \\udc00 time"), "content"),
        post("/v1/memories", content("tea\\u0000time"), "content"),
        post(
            "/v1/memories",
            "{\"user_id\":\"u1\",\"resolve\":false,\"memories\":[{\"content\":\"fine\"},"
                + "{\"content\":\"\\u200b\"}]}",
            "memories[1].content"),
        post("/v1/memories", "{\"user_id\":\"u1\",\"content\":123}", "content"),
        post("/v1/memories", "{\"user_id\":5,\"content\":\"Ann likes tea\"}", "user_id"),
        post("/v1/memories", memory("\"tags\":[1,2]"), "tags[0]"),
        post("/v1/memories", memory("\"importance\":\"high\""), "importance"),
        post("/v1/memories", memory("\"importance\":5.5"), "importance"),
        post("/v1/memories", memory("\"metadata\":{\"k\":\"a\\u0000b\"}"), "metadata.k"),
        post("/v1/memories", memory("\"context\":\"\\udbff\""), "context"),
        post("/v1/memories", "{\"user_id\":\"al\\u0000ice\",\"content\":\"tea\"}", "user_id"),
        post(
            "/v1/memories",
            "{\"user_id\":\"u1\",\"content\":\"Ann likes tea\"} {\"user_id\":\"u2\"}",
            null,
            "invalid_json"),
        post("/v1/memories", "{\"user_id\":\"u1\",\"content\":\"tea\"}}", null, "invalid_json"),
        post("/v1/memories", "{\"user_id\":\"u1\",\"content\":", null, "invalid_json"),
        patch("{\"expires_at\":" + HUGE + "}", "expires_at"),
        patch("{\"valid_from\":" + TINY + "}", "valid_from"),
        patch(
            "{\"valid_from\":\"2026-02-01T00:00:00Z\",\"valid_to\":\"2026-01-15T00:00:00Z\"}",
            "valid_to"),
        patch("{\"valid_to\":\"2025-06-01T00:00:00Z\"}", "valid_to"),
        patch("{\"content\":\"\\u200b\"}", "content"),
        patch("{\"content\":\"a\\u0000b\"}", "content"),
        patch("{\"tags\":[\"ok\",7]}", "tags[1]"),
        get("/v1/memories?user_id=u1&end=%2B1000000000-12-31T23:59:59Z", "end"),
        get("/v1/memories?user_id=u1&valid_at=-1000000000-01-01T00:00:00Z", "valid_at"),
        get("/v1/memories?user_id=u1&start=10000-01-01T00:00:00Z", "start"),
        get("/v1/memories?user_id=al%00ice", "user_id"),
        get("/v1/memories?user_id=u1&tags=a%00b", "tags"),
        get("/v1/memories/mem_%00abc", "path"),
        get("/v1/memories/mem_%00abc/events", "path"),
        get("/v1/memories/mem_%00abc/chain", "path"),
        Arguments.of("DELETE", "/v1/memories/mem_%00abc", null, "path", "invalid_field"),
        Arguments.of("DELETE", "/v1/memories?user_id=al%00ice", null, "user_id", "invalid_field"),
        post("/v1/memories/search", "{\"user_id\":\"u1\",\"query\":\"\\u200b\"}", "query"),
        post("/v1/memories/search", "{\"user_id\":\"u1\",\"query\":\"\\ud800\"}", "query"),
        post("/v1/memories/search", "{\"user_id\":\"u1\",\"query\":42}", "query"),
        post("/v1/answers", "{\"user_id\":\"u1\",\"query\":\"\\u200b\"}", "query"),
        post(
            "/v1/sessions/s1/messages",
            "{\"user_id\":\"u1\",\"role\":\"user\",\"content\":\"hi\",\"created_at\":" + HUGE + "}",
            "created_at"),
        post(
            "/v1/sessions/s1/messages",
            "{\"user_id\":\"u1\",\"messages\":[{\"role\":\"user\",\"content\":\"a\\u0000\"}]}",
            "messages[0].content"),
        post(
            "/v1/conversations",
            "{\"user_id\":\"u1\",\"partial\":true,\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hi\",\"created_at\":"
                + TINY
                + "}]}",
            "messages[0].created_at"),
        post("/v1/summaries", "{\"user_id\":\"u\\ud800\"}", "user_id"));
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @MethodSource("badRequests")
  void refusesBadInputNamingTheFieldAndStoresNothing(
      String method, String path, String body, String field, String code) {
    String target = path.replace("{id}", memoryId);
    State before = state();

    Http.Response response = send(method, target, body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).as(response.body()).isEqualTo(code);
    assertThat(response.text("error.field")).as(response.body()).isEqualTo(field);
    String message = response.text("error.message");
    assertThat(message).as(response.body()).isNotBlank();
    if (field != null) {
      assertThat(message).startsWith(field + ": ");
    }
    assertThat(message)
        .doesNotContainIgnoringCase("jackson")
        .doesNotContain("io.micronaut")
        .doesNotContain("java.")
        .doesNotContain("Exception")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("Argument");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aVeryLongUrlIsRefusedWith414() {
    Http.Response response =
        http.get("/v1/memories?user_id=" + "u".repeat(10_000), Http.bearer(writer));

    assertThat(response.status()).as(response.body()).isEqualTo(414);
    assertThat(response.text("error.code")).isEqualTo("uri_too_long");
  }

  @Test
  void datesAtTheDocumentedBoundsAreStoredExactly() {
    Http.Response added =
        http.post(
            "/v1/memories",
            "{\"user_id\":\"bounds\",\"content\":\"The old charter holds\",\"resolve\":false,"
                + "\"valid_from\":\"0001-01-01T00:00:00Z\","
                + "\"expires_at\":\"9999-12-31T23:59:59Z\"}",
            Http.bearer(writer));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String id = ((List<?>) added.at("ids")).get(0).toString();

    Http.Response read = http.get("/v1/memories/" + id, Http.bearer(writer));

    assertThat(read.text("valid_from")).isEqualTo("0001-01-01T00:00:00Z");
    assertThat(read.text("expires_at")).isEqualTo("9999-12-31T23:59:59Z");
  }

  @Test
  void textWithPairedSurrogatesAndVisibleCharactersIsStoredExactly() {
    String content = "Ann \u200b likes \uD83C\uDF75 tea";
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "emoji", "content", content, "resolve", false)),
            Http.bearer(writer));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String id = ((List<?>) added.at("ids")).get(0).toString();

    assertThat(http.get("/v1/memories/" + id, Http.bearer(writer)).text("content"))
        .isEqualTo(content);
  }

  private record State(Object total, Object version) {}

  private State state() {
    Http.Response all = http.get("/v1/memories?limit=1", Http.bearer(admin));
    Http.Response one = http.get("/v1/memories/" + memoryId, Http.bearer(writer));
    return new State(all.at("total"), one.at("version"));
  }

  private Http.Response send(String method, String path, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    return http.send(builder, Http.bearer(writer));
  }

  private static String memory(String extra) {
    return "{\"user_id\":\"u1\",\"content\":\"Ann likes green tea\"," + extra + "}";
  }

  private static String content(String escaped) {
    return "{\"user_id\":\"u1\",\"content\":\"" + escaped + "\"}";
  }

  private static Arguments post(String path, String body, String field) {
    return post(path, body, field, "invalid_field");
  }

  private static Arguments post(String path, String body, String field, String code) {
    return Arguments.of("POST", path, body, field, code);
  }

  private static Arguments patch(String body, String field) {
    return Arguments.of("PATCH", "/v1/memories/{id}", body, field, "invalid_field");
  }

  private static Arguments get(String path, String field) {
    return Arguments.of("GET", path, null, field, "invalid_field");
  }
}
