package dev.engram.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import dev.engram.testing.OffsetClock;
import dev.engram.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway with real clients: the JDK's WebSocket and plain HTTP for SSE. */
class RealtimeGatewayTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestDatabase database = TestDatabase.h2();
  private final DataSource ds = Fixture.migrate(database);
  private final FakeAuthenticator auth = new FakeAuthenticator();
  private final OffsetClock clock = new OffsetClock();
  private final EventBus bus = EventBuses.inProcess();
  private RealtimeGateway gateway;
  private String keyA;
  private String keyB;

  @BeforeEach
  void start() {
    keyA = auth.add("app_a", "key_a");
    keyB = auth.add("app_b", "key_b");
    gateway = Fixture.gateway(ds, bus, auth, Fixture.config(), clock);
  }

  @AfterEach
  void stop() {
    gateway.close();
    bus.close();
  }

  private void publish(String appId, String topic, String type, String userId) {
    bus.publish(
        PlatformEvent.of(
            appId,
            topic,
            type,
            java.util.Collections.singletonMap("user_id", userId),
            Map.of("n", 1),
            clock.instant()));
  }

  @Test
  void identifiedServiceReceivesSyncEventsInOrderAndResumesAfterItsLastAck() {
    List<JsonNode> first;
    try (WsClient billing = WsClient.service(gateway.port(), keyA, "billing", "memory")) {
      assertThat(billing.identified.path("acked_seq").asLong()).isZero();
      publish("app_a", Topics.MEMORY, "memory.add", "alice");
      publish("app_a", Topics.MEMORY, "memory.update", "alice");
      publish("app_a", Topics.MEMORY, "memory.delete", "bob");
      first = billing.syncEvents(3);
      assertThat(first).extracting(e -> e.path("seq").asLong()).containsExactly(1L, 2L, 3L);
      assertThat(first)
          .extracting(e -> e.path("type").asText())
          .containsExactly("memory.add", "memory.update", "memory.delete");
      assertThat(first.get(0).path("ids").path("user_id").asText()).isEqualTo("alice");
      billing.ack(2);
      billing.send("{\"type\":\"ping\"}");
      billing.nextOfType("pong");
    }
    publish("app_a", Topics.MEMORY, "memory.add", "carol");
    try (WsClient again = WsClient.service(gateway.port(), keyA, "billing")) {
      assertThat(again.identified.path("acked_seq").asLong()).isEqualTo(2);
      assertThat(again.identified.path("topics"))
          .extracting(JsonNode::asText)
          .containsExactly("memory");
      List<JsonNode> resumed = again.syncEvents(2);
      assertThat(resumed).extracting(e -> e.path("seq").asLong()).containsExactly(3L, 4L);
      assertThat(resumed.get(0).path("id").asText()).isEqualTo(first.get(2).path("id").asText());
      assertThat(resumed.get(1).path("ids").path("user_id").asText()).isEqualTo("carol");
    }
  }

  @Test
  void unacknowledgedEventsAreSentAgainWithTheirSequenceNumber() {
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "indexer", "tasks")) {
      publish("app_a", Topics.TASKS, "task.completed", null);
      JsonNode once = svc.syncEvents(1).get(0);
      JsonNode twice = svc.syncEvents(1).get(0);
      assertThat(twice.path("seq").asLong()).isEqualTo(once.path("seq").asLong());
      assertThat(twice.path("id").asText()).isEqualTo(once.path("id").asText());
      svc.ack(twice.path("seq").asLong());
      publish("app_a", Topics.TASKS, "task.completed", null);
      assertThat(svc.syncEvents(1).get(0).path("seq").asLong()).isEqualTo(2);
    }
  }

  @Test
  void aRestartedGatewayDeliversEverythingNotAcknowledged() {
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "crm", "memory")) {
      for (int i = 0; i < 5; i++) {
        publish("app_a", Topics.MEMORY, "memory.add", "u" + i);
      }
      List<JsonNode> events = svc.syncEvents(5);
      svc.ack(events.get(1).path("seq").asLong());
      svc.send("{\"type\":\"ping\"}");
      svc.nextOfType("pong");
    }
    gateway.close();
    gateway = Fixture.gateway(ds, bus, auth, Fixture.config(), clock);
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "crm")) {
      assertThat(svc.syncEvents(3))
          .extracting(e -> e.path("ids").path("user_id").asText())
          .containsExactly("u2", "u3", "u4");
    }
  }

  @Test
  void aFullQueueDropsItsOldestEventsAndSaysSo() throws Exception {
    RealtimeConfig small =
        new RealtimeConfig(
            "127.0.0.1",
            0,
            5,
            1024 * 1024,
            3,
            Duration.ofDays(7),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            100,
            Duration.ofSeconds(60),
            Duration.ofMinutes(10),
            100,
            Duration.ofSeconds(1));
    gateway.close();
    DropWatch drops = new DropWatch(2);
    gateway = Fixture.gateway(ds, bus, auth, small, clock, drops);
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "audit", "learning")) {
      svc.send("{\"type\":\"ping\"}");
      svc.nextOfType("pong");
    }
    for (int i = 1; i <= 5; i++) {
      publish("app_a", Topics.LEARNING, "learning.event", "u" + i);
    }
    // the dispatcher queues on its own thread: identify only once events 4 and 5 trimmed the queue
    drops.await(WsClient.WAIT);
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "audit")) {
      assertThat(svc.identified.path("dropped").asLong()).isEqualTo(2);
      List<JsonNode> kept = svc.syncEvents(3);
      assertThat(kept).extracting(e -> e.path("seq").asLong()).containsExactly(3L, 4L, 5L);
    }
  }

  @Test
  void servicesPublishToCustomTopicsAndSendDirectMessages() {
    try (WsClient a = WsClient.service(gateway.port(), keyA, "svc-a", "custom:deploys");
        WsClient b = WsClient.service(gateway.port(), keyA, "svc-b")) {
      b.send(
          "{\"type\":\"publish\",\"topic\":\"custom:deploys\",\"event\":\"deployed\",\"payload\":{\"version\":\"1.2\"}}");
      assertThat(b.nextOfType("published").path("id").asText()).startsWith("rte_");
      JsonNode got = a.syncEvents(1).get(0);
      assertThat(got.path("type").asText()).isEqualTo("deployed");
      assertThat(got.path("payload").path("version").asText()).isEqualTo("1.2");
      assertThat(got.path("ids").path("from_service").asText()).isEqualTo("svc-b");

      a.send("{\"type\":\"direct\",\"to\":\"svc-b\",\"payload\":{\"hello\":true}}");
      a.nextOfType("sent");
      JsonNode direct = b.syncEvents(1).get(0);
      assertThat(direct.path("topic").asText()).isEqualTo("direct");
      assertThat(direct.path("ids").path("from_service").asText()).isEqualTo("svc-a");

      b.send("{\"type\":\"publish\",\"topic\":\"memory\",\"payload\":{}}");
      assertThat(b.nextOfType("error").path("code").asText()).isEqualTo("forbidden_topic");
      a.send("{\"type\":\"direct\",\"to\":\"nobody\",\"payload\":{}}");
      assertThat(a.nextOfType("error").path("code").asText()).isEqualTo("unknown_service");
    }
  }

  private long queuedFor(String serviceId) throws java.sql.SQLException {
    try (java.sql.Connection c = ds.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("select count(*) from realtime_queue where service_id = ?")) {
      s.setString(1, serviceId);
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void sql(String statement) throws java.sql.SQLException {
    try (java.sql.Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void aPublisherIsToldPublishedOnlyOnceItsEventIsQueuedAndElseToSendItAgain() throws Exception {
    try (WsClient away = WsClient.service(gateway.port(), keyA, "ledger", "custom:deploys")) {
      away.send("{\"type\":\"ping\"}");
      away.nextOfType("pong");
    }
    try (WsClient publisher = WsClient.service(gateway.port(), keyA, "deployer")) {
      // the queue cannot be written: the publisher hears so, and is not told "published"
      sql("alter table realtime_queue rename to realtime_queue_away");
      try {
        publisher.send("{\"type\":\"publish\",\"topic\":\"custom:deploys\",\"payload\":{\"v\":1}}");
        JsonNode error = publisher.nextOfType("error");
        assertThat(error.path("code").asText()).isEqualTo("publish_failed");
        assertThat(error.path("id").asText()).startsWith("rte_");
        assertThat(error.path("message").asText()).contains("send it again");
      } finally {
        sql("alter table realtime_queue_away rename to realtime_queue");
      }
      assertThat(queuedFor("ledger")).isZero();

      // once it can: "published" comes after the event is in the subscriber's durable queue, so a
      // crash right after the confirmation (kill -9) cannot lose it
      publisher.send("{\"type\":\"publish\",\"topic\":\"custom:deploys\",\"payload\":{\"v\":2}}");
      publisher.nextOfType("published");
      assertThat(queuedFor("ledger")).isEqualTo(1);
      publisher.send("{\"type\":\"direct\",\"to\":\"ledger\",\"payload\":{\"v\":3}}");
      publisher.nextOfType("sent");
      assertThat(queuedFor("ledger")).isEqualTo(2);
    }
    try (WsClient back = WsClient.service(gateway.port(), keyA, "ledger")) {
      assertThat(back.syncEvents(2))
          .extracting(e -> e.path("payload").path("v").asInt())
          .containsExactly(2, 3);
    }
  }

  @Test
  void aConnectionSeesOnlyItsOwnAppsEvents() throws Exception {
    try (WsClient a = WsClient.service(gateway.port(), keyA, "same-name", "memory");
        WsClient b = WsClient.service(gateway.port(), keyB, "same-name", "memory");
        Sse sse = Sse.open(gateway.port(), "/v1/stream/events?topics=memory", keyA, null)) {
      publish("app_b", Topics.MEMORY, "memory.add", "bob");
      publish("app_a", Topics.MEMORY, "memory.add", "alice");
      assertThat(a.syncEvents(1).get(0).path("app_id").asText()).isEqualTo("app_a");
      assertThat(b.syncEvents(1).get(0).path("app_id").asText()).isEqualTo("app_b");
      assertThat(sse.nextData().path("app_id").asText()).isEqualTo("app_a");
      b.send("{\"type\":\"direct\",\"to\":\"other\",\"payload\":{}}");
      assertThat(b.nextOfType("error").path("code").asText()).isEqualTo("unknown_service");
    }
  }

  @Test
  void malformedFramesGetAnErrorFrameAndACloseCodeAndTheGatewayStaysUp() {
    assertRejected("{not json", "invalid_json", 1007);
    assertRejected("{\"type\":\"dance\"}", "unknown_type", 4400);
    assertRejected("{\"type\":\"subscribe\",\"topics\":[\"memory\"]}", "not_identified", 1008);
    assertRejected(
        "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}", "frame_too_large", 1009);
    try (WsClient fine = WsClient.service(gateway.port(), keyA, "still-up", "memory")) {
      fine.send("{\"type\":\"subscribe\",\"topics\":[\"nonsense\"]}");
      JsonNode error = fine.nextOfType("error");
      assertThat(error.path("code").asText()).isEqualTo("invalid_field");
      assertThat(error.path("field").asText()).isEqualTo("topics[0]");
      fine.send("{\"type\":\"ack\",\"seq\":\"x\"}");
      assertThat(fine.nextOfType("error").path("field").asText()).isEqualTo("seq");
    }
  }

  private void assertRejected(String frame, String code, int closeCode) {
    try (WsClient client = WsClient.connect(gateway.port(), keyA)) {
      client.send(frame);
      JsonNode error = client.nextOfType("error");
      assertThat(error.path("code").asText()).isEqualTo(code);
      assertThat(error.path("close_code").asInt()).isEqualTo(closeCode);
      assertThat(client.awaitClose()).isEqualTo(closeCode);
    }
  }

  @Test
  void aRevokedKeyLosesItsLiveConnectionsAtOnce() throws Exception {
    try (WsClient ws = WsClient.service(gateway.port(), keyA, "doomed", "memory");
        Sse sse = Sse.open(gateway.port(), "/v1/stream/events", keyA, null)) {
      auth.revoke("key_a");
      bus.publish(
          PlatformEvent.of(
              "app_a",
              Topics.SYSTEM,
              Topics.KEY_REVOKED,
              Map.of("key_id", "key_a"),
              Map.of(),
              clock.instant()));
      assertThat(ws.nextOfType("error").path("code").asText()).isEqualTo("api_key_revoked");
      assertThat(ws.awaitClose()).isEqualTo(4401);
      assertThat(sse.nextEventName()).isEqualTo("error");
      assertThat(sse.awaitEnd()).isTrue();
    }
    HttpResponse<String> refused = get("/v1/stream/events", keyA);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("api_key_revoked");
  }

  @Test
  void aDeletedAppLosesItsConnections() {
    try (WsClient ws = WsClient.service(gateway.port(), keyB, "gone", "memory")) {
      bus.publish(
          PlatformEvent.of(
              "app_b", Topics.SYSTEM, Topics.APP_DELETED, Map.of(), Map.of(), clock.instant()));
      assertThat(ws.nextOfType("error").path("code").asText()).isEqualTo("app_deleted");
      assertThat(ws.awaitClose()).isEqualTo(4404);
    }
  }

  @Test
  void aTicketOpensOneConnectionOnceAndExpires() throws Exception {
    String ticket = gateway.tickets().issue(auth.scope(keyA)).ticket();
    try (Sse sse = Sse.open(gateway.port(), "/v1/stream/events?ticket=" + ticket, null, null)) {
      publish("app_a", Topics.MEMORY, "memory.add", "alice");
      assertThat(sse.nextData().path("type").asText()).isEqualTo("memory.add");
    }
    HttpResponse<String> reused = get("/v1/stream/events?ticket=" + ticket, null);
    assertThat(reused.statusCode()).isEqualTo(401);
    assertThat(reused.body()).contains("invalid_ticket");

    String wsTicket = gateway.tickets().issue(auth.scope(keyA)).ticket();
    try (WsClient ws =
        WsClient.connectUrl("ws://127.0.0.1:" + gateway.port() + "/ws?ticket=" + wsTicket)) {
      assertThat(ws.next().path("type").asText()).isEqualTo("ready");
    }

    String late = gateway.tickets().issue(auth.scope(keyA)).ticket();
    clock.advance(Duration.ofSeconds(61));
    assertThat(get("/v1/stream/events?ticket=" + late, null).statusCode()).isEqualTo(401);
    assertThat(get("/ws?ticket=" + late, null).statusCode()).isEqualTo(401);
    assertThat(get("/v1/stream/events", "eng_unknown").statusCode()).isEqualTo(401);
  }

  @Test
  void anOrgWideTicketStreamsEveryAppOfItsOrganizationAndNothingElse() throws Exception {
    auth.addIn("org_2", "app_c", "key_c");
    AppScope orgAdmin =
        new AppScope(
            "org_1",
            RealtimeGateway.ORG_WIDE,
            "con_admin",
            java.util.EnumSet.of(Scope.MEMORIES_READ, Scope.ANALYTICS_READ));
    String ticket = gateway.tickets().issue(orgAdmin).ticket();
    String lastId;
    try (Sse sse = Sse.open(gateway.port(), "/v1/stream/events?ticket=" + ticket, null, null)) {
      publish("app_c", Topics.MEMORY, "memory.add", "carol");
      publish("app_a", Topics.MEMORY, "memory.add", "alice");
      publish("app_b", Topics.MEMORY, "memory.add", "bob");
      // in publish order: app_c's event, first, would be here if it leaked across organizations
      JsonNode a = sse.nextData();
      JsonNode b = sse.nextData();
      assertThat(a.path("app_id").asText()).isEqualTo("app_a");
      assertThat(a.path("ids").path("user_id").asText()).isEqualTo("alice");
      assertThat(b.path("app_id").asText()).isEqualTo("app_b");
      lastId = a.path("id").asText();
    }
    // resumption covers the organization's events, like an app stream's
    String again = gateway.tickets().issue(orgAdmin).ticket();
    try (Sse sse = Sse.open(gateway.port(), "/v1/stream/events?ticket=" + again, null, lastId)) {
      assertThat(sse.nextData().path("app_id").asText()).isEqualTo("app_b");
    }
    // the org-wide view is the event stream only: no sync socket, no per-app metrics
    String metrics = gateway.tickets().issue(orgAdmin).ticket();
    HttpResponse<String> refused = get("/v1/stream/metrics?ticket=" + metrics, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("org_wide_ticket");
    String ws = gateway.tickets().issue(orgAdmin).ticket();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> WsClient.connectUrl("ws://127.0.0.1:" + gateway.port() + "/ws?ticket=" + ws))
        .isNotNull();
  }

  @Test
  void aGracefulStopQueuesEveryEventItHadTakenFromTheBus() {
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "ledger", "learning")) {
      svc.send("{\"type\":\"ping\"}");
      svc.nextOfType("pong");
    }
    for (int i = 0; i < 60; i++) {
      publish("app_a", Topics.LEARNING, "learning.event", "u" + i);
    }
    // stopped at once: whatever the dispatcher had not queued yet is queued before it ends
    gateway.close();
    gateway = Fixture.gateway(ds, bus, auth, Fixture.config(), clock);
    try (WsClient svc = WsClient.service(gateway.port(), keyA, "ledger")) {
      // resends of unacknowledged events may repeat a sequence number: count distinct ones
      java.util.Map<Long, String> users = new java.util.TreeMap<>();
      while (users.size() < 60) {
        svc.nextOfType("sync")
            .path("events")
            .forEach(
                e -> users.put(e.path("seq").asLong(), e.path("ids").path("user_id").asText()));
      }
      assertThat(users.keySet())
          .containsExactlyElementsOf(
              java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList());
      assertThat(users.get(60L)).isEqualTo("u59");
    }
  }

  @Test
  void aKeyHoldsAtMostItsConnectionLimit() throws Exception {
    List<Sse> open = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        open.add(Sse.open(gateway.port(), "/v1/stream/events", keyA, null));
      }
      HttpResponse<String> sixth = get("/v1/stream/events", keyA);
      assertThat(sixth.statusCode()).isEqualTo(429);
      assertThat(sixth.body()).contains("too_many_connections");
      assertThat(get("/ws", keyA).statusCode()).isEqualTo(429);
    } finally {
      open.forEach(Sse::close);
    }
  }

  @Test
  void sseStreamsFilterByTopicAndResumeAfterLastEventId() throws Exception {
    String lastId;
    try (Sse sse =
        Sse.open(gateway.port(), "/v1/stream/events?topics=user:alice,insights", keyA, null)) {
      publish("app_a", Topics.MEMORY, "memory.add", "bob");
      publish("app_a", Topics.MEMORY, "memory.add", "alice");
      publish("app_a", Topics.INSIGHTS, "insight.created", null);
      JsonNode first = sse.nextData();
      assertThat(first.path("ids").path("user_id").asText()).isEqualTo("alice");
      lastId = sse.lastId;
      assertThat(sse.nextData().path("type").asText()).isEqualTo("insight.created");
    }
    publish("app_a", Topics.INSIGHTS, "insight.created", "x");
    try (Sse resumed =
        Sse.open(gateway.port(), "/v1/stream/events?topics=user:alice,insights", keyA, lastId)) {
      JsonNode again = resumed.nextData();
      assertThat(again.path("type").asText()).isEqualTo("insight.created");
      assertThat(again.path("ids").has("user_id")).isFalse();
      assertThat(resumed.nextData().path("ids").path("user_id").asText()).isEqualTo("x");
    }
    assertThat(get("/v1/stream/events?topics=bogus", keyA).statusCode()).isEqualTo(400);
  }

  @Test
  void metricsStreamSendsSnapshotsForOneTool() throws Exception {
    try (Sse sse = Sse.open(gateway.port(), "/v1/stream/metrics?tool_id=claude-code", keyA, "41")) {
      JsonNode snapshot = sse.nextData();
      assertThat(sse.lastId).isEqualTo("42");
      assertThat(snapshot.path("tool_id").asText()).isEqualTo("claude-code");
      assertThat(snapshot.path("metrics").path("tool").asText()).isEqualTo("claude-code");
      sse.nextData();
      assertThat(sse.lastId).isEqualTo("43");
    }
    String readOnly = auth.add("app_a", "key_ro", Scope.MEMORIES_READ);
    assertThat(get("/v1/stream/metrics", readOnly).statusCode()).isEqualTo(403);
  }

  @Test
  void healthReportsTheGatewayAndOnlyTheOperatorSeesDetailsAndMetrics() throws Exception {
    HttpResponse<String> health = get("/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode bare = Json.read(health.body());
    assertThat(bare.path("status").asText()).isEqualTo("UP");
    assertThat(bare.size()).as(health.body()).isEqualTo(1);

    JsonNode detailed = Json.read(get("/health", Fixture.OPERATOR_TOKEN).body());
    assertThat(detailed.path("status").asText()).isEqualTo("UP");
    assertThat(detailed.path("bus").asText()).isEqualTo("in-process");
    assertThat(Json.read(get("/health", "not-the-token").body()).size()).isEqualTo(1);

    HttpResponse<String> anonymous = get("/prometheus", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Json.read(anonymous.body()).path("error").path("code").asText())
        .isEqualTo("operator_token_required");
    assertThat(get("/prometheus", "not-the-token").statusCode()).isEqualTo(401);
    HttpResponse<String> scraped = get("/prometheus", Fixture.OPERATOR_TOKEN);
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).isEqualTo(Fixture.SCRAPE);
  }

  @Test
  void theOperatorAloneListsTheGatewaysRoutes() throws Exception {
    HttpResponse<String> anonymous = get("/routes", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Json.read(anonymous.body()).path("error").path("code").asText())
        .isEqualTo("operator_token_required");
    assertThat(get("/routes", keyA).statusCode()).isEqualTo(401);

    HttpResponse<String> listed = get("/routes", Fixture.OPERATOR_TOKEN);

    assertThat(listed.statusCode()).isEqualTo(200);
    java.util.List<String> keys = new java.util.ArrayList<>();
    Json.read(listed.body()).fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactlyInAnyOrder(
            "{[/v1/stream/*],method=[OPTIONS]}",
            "{[/health],method=[GET]}",
            "{[/ws],method=[GET]}",
            "{[/v1/stream/events],method=[GET]}",
            "{[/v1/stream/metrics],method=[GET]}",
            "{[/prometheus],method=[GET]}",
            "{[/routes],method=[GET]}");
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
            .timeout(Duration.ofSeconds(10));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A plain-HTTP SSE client reading events on a thread of its own. */
  static final class Sse implements AutoCloseable {
    private final LinkedBlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CountDownLatch ended =
        new java.util.concurrent.CountDownLatch(1);
    private final java.io.InputStream body;
    String lastId;

    private Sse(java.io.InputStream body) {
      this.body = body;
      Thread.ofVirtual().start(this::read);
    }

    static Sse open(int port, String path, String key, String lastEventId) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
      if (key != null) {
        request.header("Authorization", "Bearer " + key);
      }
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<java.io.InputStream> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).as("SSE status").isEqualTo(200);
      assertThat(response.headers().firstValue("content-type").orElse(""))
          .startsWith("text/event-stream");
      return new Sse(response.body());
    }

    private void read() {
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
        String id = null;
        String name = "message";
        StringBuilder data = new StringBuilder();
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isEmpty()) {
            if (!data.isEmpty()) {
              events.add(new String[] {id, name, data.toString()});
            }
            id = null;
            name = "message";
            data.setLength(0);
          } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
          } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            data.append(line.substring(5).strip());
          }
        }
      } catch (java.io.IOException e) {
        // closed
      } finally {
        ended.countDown();
      }
    }

    String[] next() throws InterruptedException {
      String[] event = events.poll(WsClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).as("an SSE event").isNotNull();
      return event;
    }

    JsonNode nextData() throws Exception {
      String[] event = next();
      lastId = event[0];
      return Json.read(event[2]);
    }

    String nextEventName() throws InterruptedException {
      return next()[1];
    }

    boolean awaitEnd() throws InterruptedException {
      return ended.await(WsClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      try {
        body.close();
      } catch (java.io.IOException ignored) {
        // closed
      }
    }
  }
}
