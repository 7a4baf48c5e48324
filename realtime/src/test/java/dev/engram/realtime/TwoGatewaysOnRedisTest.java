package dev.engram.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import dev.engram.testing.OffsetClock;
import dev.engram.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one PostgreSQL database behind the Redis of this machine
 * (127.0.0.1:6379, {@code ENGRAM_TEST_REDIS_URL} overrides): each delivers what the other (or an
 * API instance) published, and a service's queue is filled once however many instances receive an
 * event.
 */
class TwoGatewaysOnRedisTest {
  private static final String REDIS =
      System.getenv().getOrDefault("ENGRAM_TEST_REDIS_URL", "redis://127.0.0.1:6379");

  private final TestDatabase database = TestDatabase.postgres();
  private final DataSource ds = Fixture.migrate(database);
  private final FakeAuthenticator auth = new FakeAuthenticator();
  private final OffsetClock clock = new OffsetClock();
  private EventBus busOne;
  private EventBus busTwo;
  private EventBus apiBus;
  private RealtimeGateway one;
  private RealtimeGateway two;
  private String key;

  @BeforeEach
  void start() {
    key = auth.add("app_r" + System.nanoTime(), "key_r");
    busOne = EventBuses.redis(REDIS, Duration.ofSeconds(5));
    busTwo = EventBuses.redis(REDIS, Duration.ofSeconds(5));
    apiBus = EventBuses.redis(REDIS, Duration.ofSeconds(5));
    assertThat(busOne.healthy()).as("Redis at " + REDIS).isTrue();
    one = Fixture.gateway(ds, busOne, auth, Fixture.config(), clock);
    two = Fixture.gateway(ds, busTwo, auth, Fixture.config(), clock);
  }

  @AfterEach
  void stop() {
    one.close();
    two.close();
    busOne.close();
    busTwo.close();
    apiBus.close();
    database.drop();
  }

  @Test
  void eachInstanceDeliversWhatTheOtherPublished() {
    String app = auth.scope(key).appId();
    try (WsClient onOne = WsClient.service(one.port(), key, "svc-one", "custom:jobs", "memory");
        WsClient onTwo = WsClient.service(two.port(), key, "svc-two", "custom:jobs")) {
      onOne.send("{\"type\":\"publish\",\"topic\":\"custom:jobs\",\"payload\":{\"from\":1}}");
      onOne.nextOfType("published");
      onTwo.send("{\"type\":\"publish\",\"topic\":\"custom:jobs\",\"payload\":{\"from\":2}}");
      onTwo.nextOfType("published");

      List<JsonNode> gotOnOne = onOne.syncEvents(2);
      List<JsonNode> gotOnTwo = onTwo.syncEvents(2);
      assertThat(gotOnOne)
          .extracting(e -> e.path("payload").path("from").asInt())
          .containsExactlyInAnyOrder(1, 2);
      assertThat(gotOnTwo)
          .extracting(e -> e.path("payload").path("from").asInt())
          .containsExactlyInAnyOrder(1, 2);
      assertThat(gotOnOne).extracting(e -> e.path("seq").asLong()).containsExactly(1L, 2L);

      onTwo.send("{\"type\":\"direct\",\"to\":\"svc-one\",\"payload\":{\"hi\":true}}");
      onTwo.nextOfType("sent");
      JsonNode direct = onOne.syncEvents(1).get(0);
      assertThat(direct.path("ids").path("from_service").asText()).isEqualTo("svc-two");
      assertThat(direct.path("seq").asLong()).isEqualTo(3);

      apiBus.publish(
          PlatformEvent.of(
              app,
              Topics.MEMORY,
              "memory.add",
              Map.of("memory_id", "mem_1"),
              Map.of(),
              clock.instant()));
      JsonNode fromApi = onOne.syncEvents(1).get(0);
      assertThat(fromApi.path("ids").path("memory_id").asText()).isEqualTo("mem_1");
      assertThat(fromApi.path("seq").asLong())
          .as("queued once although both instances received it")
          .isEqualTo(4);
      onOne.ack(4);
      onOne.send("{\"type\":\"ping\"}");
      onOne.nextOfType("pong");
    }
  }

  @Test
  void aServiceMovingToTheOtherInstanceResumesWhereItAcknowledged() {
    String app = auth.scope(key).appId();
    try (WsClient first = WsClient.service(one.port(), key, "mover", "memory")) {
      apiBus.publish(
          PlatformEvent.of(
              app,
              Topics.MEMORY,
              "memory.add",
              Map.of("memory_id", "m1"),
              Map.of(),
              clock.instant()));
      first.ack(first.syncEvents(1).get(0).path("seq").asLong());
      first.send("{\"type\":\"ping\"}");
      first.nextOfType("pong");
    }
    apiBus.publish(
        PlatformEvent.of(
            app,
            Topics.MEMORY,
            "memory.add",
            Map.of("memory_id", "m2"),
            Map.of(),
            clock.instant()));
    try (WsClient moved = WsClient.service(two.port(), key, "mover")) {
      JsonNode next = moved.syncEvents(1).get(0);
      assertThat(next.path("ids").path("memory_id").asText()).isEqualTo("m2");
      assertThat(next.path("seq").asLong()).isEqualTo(2);
    }
  }
}
