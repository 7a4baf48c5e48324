package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.realtime.EventBuses;
import dev.engram.realtime.RealtimeGateway;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.event.EventBus;
import dev.engram.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one PostgreSQL database and the Redis of this machine (127.0.0.1:6379,
 * on a channel of this test's own): the one inside the API's process and a second one started here,
 * as {@code ./engram realtime} would run it. A memory write published by the API reaches a service
 * connected to the second gateway exactly once (both gateways receive it; the service's queue takes
 * it once); events that the bus lost ({@link LossyEventBus}) while the second gateway is stopped
 * are sent from the outbox by the other gateway's relay into the service's durable queue, and the
 * service, back on the restarted gateway, receives each of them once, none lost, none twice.
 */
@MicronautTest(transactional = false)
class TwoGatewaysOutboxIT extends ApiTestSupport {
  private static final String MARKER = "lost-between-gateways";
  private static final String CHANNEL = "s10-outbox:test:" + UUID.randomUUID();

  @Inject RealtimeGateway inApi;
  @Inject RealtimeConfiguration config;
  @Inject DataSource dataSource;
  @Inject ApiKeys keys;
  @Inject Apps apps;
  private final List<RealtimeGateway> gateways = new ArrayList<>();
  private final List<EventBus> buses = new ArrayList<>();
  private String key;

  /** PostgreSQL, as instances that share a database in production (SKIP LOCKED claims). */
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(LossyEventBus.PROPERTY, MARKER);
    properties.put(LossyEventBus.CHANNEL, CHANNEL);
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("two-gw-org")), unique("two-gw-app"));
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  @AfterAll
  void dropDatabase() {
    stopApplicationThenDropDatabase();
  }

  @AfterEach
  void stopSecondGateways() {
    gateways.forEach(RealtimeGateway::close);
    gateways.clear();
    buses.forEach(EventBus::close);
    buses.clear();
  }

  private void stop(RealtimeGateway gateway) {
    gateways.remove(gateway);
    gateway.close();
  }

  /** A second gateway on the same database and Redis channel (its own bus, its own relay). */
  private RealtimeGateway startSecond() {
    EventBus bus = EventBuses.redis(LossyEventBus.REDIS, CHANNEL, Duration.ofSeconds(5));
    buses.add(bus);
    assertThat(bus.healthy()).as("Redis at " + LossyEventBus.REDIS).isTrue();
    RealtimeGateway gateway =
        RealtimeGateway.builder()
            .config(config.toGatewayConfig().withPort(0))
            .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
            .bus(bus)
            .authenticator(new KeyAuthenticator(keys, apps))
            .corsOrigins(origin -> false)
            .meterRegistry(new SimpleMeterRegistry())
            .clock(Clock.systemUTC())
            .start();
    gateways.add(gateway);
    return gateway;
  }

  private RealtimeApiIT.Client connect(int port, String service) {
    Http.Response ticket = http.post("/v1/realtime/tickets", "", Http.bearer(key));
    assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
    RealtimeApiIT.Client client =
        RealtimeApiIT.Client.open("ws://127.0.0.1:" + port + "/ws?ticket=" + ticket.text("ticket"));
    client.next("ready");
    client.send(Map.of("type", "identify", "service_id", service));
    client.next("identified");
    return client;
  }

  @Test
  void aWriteReachesAServiceOnTheOtherGatewayExactlyOnce() {
    RealtimeGateway second = startSecond();
    assertThat(second.port()).isNotEqualTo(inApi.port());
    try (RealtimeApiIT.Client crm = connect(second.port(), "crm-once")) {
      crm.send(Map.of("type", "subscribe", "topics", List.of("memory")));
      crm.next("subscribed");
      String first = OutboxRows.remember(http, key, "lena", "Lena moved to Porto");
      JsonNode event = crm.nextEvent();
      assertThat(event.path("type").asText()).isEqualTo("memory.add");
      assertThat(event.path("ids").path("memory_id").asText()).isEqualTo(first);
      long seq = event.path("seq").asLong();
      // the gateway that queued it deleted its row; the other found the service's queue had it
      OutboxRows.awaitNone(dataSource, first, Duration.ofSeconds(60));
      String second2 = OutboxRows.remember(http, key, "lena", "Lena works at the harbour");
      JsonNode next = crm.nextEvent();
      assertThat(next.path("ids").path("memory_id").asText())
          .as("queued once although both gateways received the first")
          .isEqualTo(second2);
      assertThat(next.path("seq").asLong()).isEqualTo(seq + 1);
    }
  }

  @Test
  void eventsLeftInTheOutboxWhileAGatewayIsStoppedAreDeliveredOnceByTheOther() {
    RealtimeGateway second = startSecond();
    long lastSeq;
    try (RealtimeApiIT.Client crm = connect(second.port(), "crm-moving")) {
      crm.send(Map.of("type", "subscribe", "topics", List.of("memory")));
      crm.next("subscribed");
      String before = OutboxRows.remember(http, key, "lena", "Lena has a cat called Miso");
      JsonNode event = crm.nextEvent();
      assertThat(event.path("ids").path("memory_id").asText()).isEqualTo(before);
      lastSeq = event.path("seq").asLong();
      crm.send(Map.of("type", "ping"));
      crm.next("pong");
    }
    // three committed writes whose events the bus loses: only their outbox rows are left
    List<String> lost = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      lost.add(OutboxRows.remember(http, key, "lena", "Lena's note " + i + " (" + MARKER + ")"));
    }
    assertThat(OutboxRows.count(dataSource, MARKER)).isEqualTo(3);
    stop(second);

    // the relay of the gateway still running sends them; the service's durable queue takes them
    OutboxRows.awaitNone(dataSource, MARKER, Duration.ofSeconds(60));

    RealtimeGateway restarted = startSecond();
    try (RealtimeApiIT.Client crm = connect(restarted.port(), "crm-moving")) {
      List<JsonNode> received = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        received.add(crm.nextEvent());
      }
      assertThat(received)
          .extracting(e -> e.path("ids").path("memory_id").asText())
          .containsExactlyElementsOf(lost);
      assertThat(received)
          .extracting(e -> e.path("id").asText())
          .doesNotHaveDuplicates()
          .allSatisfy(id -> assertThat(LossyEventBus.LOST).contains(id));
      assertThat(received)
          .extracting(e -> e.path("seq").asLong())
          .containsExactly(lastSeq + 1, lastSeq + 2, lastSeq + 3);
      String after = OutboxRows.remember(http, key, "lena", "Lena adopted a second cat");
      JsonNode next = crm.nextEvent();
      assertThat(next.path("ids").path("memory_id").asText())
          .as("nothing was queued twice")
          .isEqualTo(after);
      assertThat(next.path("seq").asLong()).isEqualTo(lastSeq + 4);
    }
  }
}
