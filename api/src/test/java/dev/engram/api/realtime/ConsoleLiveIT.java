package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.realtime.RealtimeGateway;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's live view over real HTTP: a console user's ticket for an app of their organization
 * (404 for another's), the SSE stream it opens carrying a memory write, and the gateway's CORS
 * answer for the console's origin only.
 */
@MicronautTest(transactional = false)
class ConsoleLiveIT extends ApiTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject RealtimeGateway gateway;
  private String root;
  private String org;
  private String app;
  private String viewer;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    org = createOrg(root, unique("live-org"));
    app = createApp(root, org, unique("live-app"));
    String name = unique("live-viewer");
    createUser(root, name, "tenant-viewer", org);
    viewer = login(name, "a long enough password");
  }

  private Http.Response ticket(String token, String appId) {
    return http.post("/admin/v1/apps/" + appId + "/realtime/tickets", "", Http.bearer(token));
  }

  @Test
  void aViewerGetsATicketWhoseStreamCarriesAMemoryWrite() throws Exception {
    Http.Response issued = ticket(viewer, app);
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(issued.text("ticket")).startsWith("rtt_");
    assertThat(((Number) issued.at("expires_in")).longValue()).isBetween(1L, 60L);
    String url = issued.text("stream_url");
    assertThat(url)
        .isEqualTo("http://" + server.getHost() + ":" + gateway.port() + "/v1/stream/events");

    try (SseClient stream = SseClient.open(url + "?ticket=" + issued.text("ticket"), null)) {
      assertThat(stream.status()).isEqualTo(200);
      String key = createKeySecret(root, app, List.of("memories:write"));
      Http.Response stored =
          http.post(
              "/v1/memories",
              http.toJson(Map.of("user_id", "carol", "content", "Carol prefers tea to coffee")),
              Http.bearer(key));
      assertThat(stored.status()).as(stored.body()).isEqualTo(201);
      String memoryId = ((List<?>) stored.at("ids")).get(0).toString();
      JsonNode event = stream.nextEvent();
      assertThat(event.path("type").asText()).isEqualTo("memory.add");
      assertThat(event.path("app_id").asText()).isEqualTo(app);
      assertThat(event.path("ids").path("memory_id").asText()).isEqualTo(memoryId);
    }
    // single use
    try (SseClient again = SseClient.open(url + "?ticket=" + issued.text("ticket"), null)) {
      assertThat(again.status()).isEqualTo(401);
    }
  }

  @Test
  void anOrgAdminGetsOneStreamOfEveryAppOfTheOrganization() throws Exception {
    String name = unique("live-admin");
    createUser(root, name, "tenant-admin", org);
    String admin = login(name, "a long enough password");
    String second = createApp(root, org, unique("live-app-2"));
    String otherOrg = createOrg(root, unique("live-org-3"));
    String foreign = createApp(root, otherOrg, unique("live-app-3"));

    Http.Response refused =
        http.post("/admin/v1/orgs/" + org + "/realtime/tickets", "", Http.bearer(viewer));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    Http.Response elsewhere =
        http.post("/admin/v1/orgs/" + otherOrg + "/realtime/tickets", "", Http.bearer(admin));
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(404);

    Http.Response issued =
        http.post("/admin/v1/orgs/" + org + "/realtime/tickets", "", Http.bearer(admin));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    try (SseClient stream =
        SseClient.open(issued.text("stream_url") + "?ticket=" + issued.text("ticket"), null)) {
      assertThat(stream.status()).isEqualTo(200);
      // another organization's write first: were it leaked, it would arrive first
      for (String appId : List.of(foreign, app, second)) {
        String key = createKeySecret(root, appId, List.of("memories:write"));
        Http.Response stored =
            http.post(
                "/v1/memories",
                http.toJson(Map.of("user_id", "dana", "content", "Dana writes in " + appId)),
                Http.bearer(key));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
      }
      assertThat(stream.nextEvent().path("app_id").asText()).isEqualTo(app);
      assertThat(stream.nextEvent().path("app_id").asText()).isEqualTo(second);
    }
  }

  @Test
  void anAppOfAnotherOrganizationIsNotFound() {
    String otherOrg = createOrg(root, unique("live-other"));
    String otherApp = createApp(root, otherOrg, unique("live-other-app"));
    Http.Response refused = ticket(viewer, otherApp);
    assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    assertThat(http.post("/admin/v1/apps/" + app + "/realtime/tickets", "").status())
        .isEqualTo(401);
  }

  @Test
  void theGatewayAnswersCorsForTheConsolesOriginOnly() throws Exception {
    String consoleOrigin = "http://localhost:" + server.getPort();
    Http.Response first = ticket(viewer, app);
    try (SseClient allowed =
        SseClient.open(
            first.text("stream_url") + "?ticket=" + first.text("ticket"), consoleOrigin)) {
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(consoleOrigin);
    }
    Http.Response second = ticket(viewer, app);
    try (SseClient foreign =
        SseClient.open(
            second.text("stream_url") + "?ticket=" + second.text("ticket"),
            "http://evil.example")) {
      assertThat(foreign.status()).isEqualTo(200);
      assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }
    HttpResponse<Void> preflight =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(first.text("stream_url")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", consoleOrigin)
                .header("Access-Control-Request-Method", "GET")
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .contains(consoleOrigin);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET");
  }

  /** An SSE response read line by line on a virtual thread. */
  static final class SseClient implements AutoCloseable {
    private final HttpResponse<java.util.stream.Stream<String>> response;
    private final LinkedBlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<java.util.stream.Stream<String>> response) {
      this.response = response;
      this.reader =
          Thread.ofVirtual()
              .start(
                  () ->
                      response
                          .body()
                          .filter(line -> line.startsWith("data:"))
                          .forEach(line -> data.add(line.substring(5).strip())));
    }

    static SseClient open(String url, String origin) throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
      if (origin != null) {
        request.header("Origin", origin);
      }
      return new SseClient(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
      return response.statusCode();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode nextEvent() throws Exception {
      String line = data.poll(15, TimeUnit.SECONDS);
      assertThat(line).as("an event within 15 s").isNotNull();
      return JSON.readTree(line);
    }

    @Override
    public void close() {
      reader.interrupt();
      response.body().close();
    }
  }
}
