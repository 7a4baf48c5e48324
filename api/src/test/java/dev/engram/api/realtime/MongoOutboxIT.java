package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.realtime.RealtimeGateway;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memory events when memories live in MongoDB (the wire-compatible test server on this machine):
 * the write cannot share a transaction with the relational outbox, so its row is written right
 * after the write; the event still reaches a subscribed service exactly once — straight from the
 * bus (and its row is then deleted), or, when the bus loses it ({@link LossyEventBus}), from the
 * outbox relay.
 */
@MicronautTest(transactional = false)
class MongoOutboxIT extends ApiTestSupport {
  private static final String MARKER = "lost-on-the-bus";

  private final MongoServer mongo = new MongoServer(new MemoryBackend());
  private final InetSocketAddress address = mongo.bind();

  @Inject RealtimeGateway gateway;
  @Inject DataSource dataSource;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("mongodb.uri", "mongodb://" + address.getHostString() + ":" + address.getPort());
    properties.put("engram.mongodb.database", "engram_outbox_it");
    properties.put(LossyEventBus.PROPERTY, MARKER);
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("mongo-rt-org")), unique("mongo-rt-app"));
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  @AfterAll
  void stopMongo() {
    mongo.shutdownNow();
  }

  private RealtimeApiIT.Client subscribe(String service) {
    Http.Response ticket = http.post("/v1/realtime/tickets", "", Http.bearer(key));
    assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
    RealtimeApiIT.Client client =
        RealtimeApiIT.Client.open(
            "ws://127.0.0.1:" + gateway.port() + "/ws?ticket=" + ticket.text("ticket"));
    client.next("ready");
    client.send(Map.of("type", "identify", "service_id", service));
    client.next("identified");
    client.send(Map.of("type", "subscribe", "topics", List.of("memory")));
    client.next("subscribed");
    return client;
  }

  @Test
  void aMongoWritesEventReachesTheServiceOnceAndItsRowIsDeleted() {
    assertThat(http.get("/health", operator()).text("details.memory.details.store"))
        .isEqualTo("mongodb");
    try (RealtimeApiIT.Client crm = subscribe("crm-direct")) {
      String first = OutboxRows.remember(http, key, "pia", "Pia keeps bees in her garden");
      JsonNode added = crm.nextEvent();
      assertThat(added.path("type").asText()).isEqualTo("memory.add");
      assertThat(added.path("ids").path("memory_id").asText()).isEqualTo(first);
      long seq = added.path("seq").asLong();
      // the gateway that queued it deleted its row: the relay has nothing to send again
      OutboxRows.awaitNone(dataSource, first, Duration.ofSeconds(30));
      String second = OutboxRows.remember(http, key, "pia", "Pia sells honey at the market");
      JsonNode next = crm.nextEvent();
      assertThat(next.path("ids").path("memory_id").asText())
          .as("the next event is the next write, not the first again")
          .isEqualTo(second);
      assertThat(next.path("seq").asLong()).isEqualTo(seq + 1);
      OutboxRows.awaitNone(dataSource, second, Duration.ofSeconds(30));
    }
  }

  @Test
  void aMongoWritesEventThatTheBusLostIsDeliveredOnceFromTheOutbox() {
    try (RealtimeApiIT.Client crm = subscribe("crm-relay")) {
      String lost =
          OutboxRows.remember(http, key, "pia", "Pia's bees swarmed in May (" + MARKER + ")");
      // written after the Mongo write, before the answer: one row, which nobody handled
      assertThat(OutboxRows.count(dataSource, lost)).isEqualTo(1);
      JsonNode relayed = crm.nextEvent();
      assertThat(relayed.path("type").asText()).isEqualTo("memory.add");
      assertThat(relayed.path("ids").path("memory_id").asText()).isEqualTo(lost);
      assertThat(LossyEventBus.LOST).contains(relayed.path("id").asText());
      long seq = relayed.path("seq").asLong();
      OutboxRows.awaitNone(dataSource, lost, Duration.ofSeconds(30));
      String after = OutboxRows.remember(http, key, "pia", "Pia bought a second hive");
      JsonNode next = crm.nextEvent();
      assertThat(next.path("ids").path("memory_id").asText())
          .as("the relayed event came once")
          .isEqualTo(after);
      assertThat(next.path("seq").asLong()).isEqualTo(seq + 1);
    }
  }
}
