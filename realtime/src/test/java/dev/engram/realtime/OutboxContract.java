package dev.engram.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import dev.engram.tenancy.event.Topics;
import dev.engram.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox of platform events, on one database (H2 and PostgreSQL run the same contract): rows
 * commit and roll back with the writer's transaction, a claim takes each row once until it expires,
 * skips rows another relay holds, the outbox stays bounded, and a gateway started after a crash
 * delivers what the outbox held.
 */
abstract class OutboxContract {
  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

  private final TestDatabase database = database();
  private final DataSource ds = Fixture.migrate(database);
  private final Outbox outbox = new Outbox(ds);

  abstract TestDatabase database();

  @AfterEach
  void drop() {
    database.drop();
  }

  private static PlatformEvent event(String appId, String user) {
    return PlatformEvent.of(
        appId, Topics.MEMORY, "memory.add", Map.of("user_id", user), Map.of("n", 1), T0);
  }

  private List<PlatformEvent> claimAll(Instant now) {
    return outbox.claim(now, now, now.plus(Duration.ofSeconds(30)), 1000);
  }

  private long rows() throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement("select count(*) from realtime_outbox");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void aRowCommitsAndRollsBackWithTheWritersTransaction() throws SQLException {
    PlatformEvent undone = event("app_a", "alice");
    PlatformEvent kept = event("app_a", "bob");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Outbox.append(c, List.of(undone), T0);
      c.rollback();
      Outbox.append(c, List.of(kept), T0);
      c.commit();
    }
    List<PlatformEvent> claimed = claimAll(T0.plusSeconds(1));
    assertThat(claimed).extracting(PlatformEvent::id).containsExactly(kept.id());
    assertThat(claimed.get(0)).isEqualTo(kept);
  }

  @Test
  void aClaimTakesRowsOlderThanTheGraceOnceUntilItExpiresOldestFirst() {
    List<PlatformEvent> old = List.of(event("app_a", "u1"), event("app_a", "u2"));
    PlatformEvent young = event("app_a", "u3");
    outbox.append(old, T0);
    outbox.append(List.of(young), T0.plusSeconds(10));
    Instant now = T0.plusSeconds(11);
    Instant until = now.plusSeconds(30);
    // written before now - 5 s: the two old rows, in the order written
    assertThat(outbox.claim(now.minusSeconds(5), now, until, 10))
        .extracting(PlatformEvent::id)
        .containsExactly(old.get(0).id(), old.get(1).id());
    assertThat(outbox.claim(now.minusSeconds(5), now.plusSeconds(1), until, 10)).isEmpty();
    // the claim expired (its relay died): taken again, with the young row now due too
    Instant later = until.plusSeconds(1);
    assertThat(outbox.claim(later, later, later.plusSeconds(30), 10))
        .extracting(PlatformEvent::id)
        .containsExactly(old.get(0).id(), old.get(1).id(), young.id());
  }

  @Test
  void aRowAnotherRelayIsClaimingIsSkippedNotWaitedFor() throws Exception {
    PlatformEvent held = event("app_a", "u1");
    PlatformEvent free = event("app_a", "u2");
    outbox.append(List.of(held, free), T0);
    try (Connection other = ds.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement s =
          other.prepareStatement("select id from realtime_outbox where id = ? for update")) {
        s.setString(1, held.id());
        try (ResultSet r = s.executeQuery()) {
          assertThat(r.next()).isTrue();
        }
      }
      // guards against a hang (a claim that waits for the lock instead of skipping it)
      List<PlatformEvent> claimed =
          assertTimeoutPreemptively(Duration.ofSeconds(60), () -> claimAll(T0.plusSeconds(1)));
      assertThat(claimed).extracting(PlatformEvent::id).containsExactly(free.id());
      other.rollback();
    }
    assertThat(claimAll(T0.plusSeconds(2)))
        .extracting(PlatformEvent::id)
        .containsExactly(held.id());
  }

  @Test
  void twoRelaysClaimingAtOnceNeverTakeTheSameRow() throws Exception {
    List<PlatformEvent> events = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      events.add(event("app_a", "u" + i));
    }
    outbox.append(events, T0);
    Outbox second = new Outbox(ds);
    Instant now = T0.plusSeconds(1);
    Callable<List<String>> relayA = () -> drain(outbox, now);
    Callable<List<String>> relayB = () -> drain(second, now);
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<List<String>> a = pool.submit(relayA);
      Future<List<String>> b = pool.submit(relayB);
      List<String> byA = a.get();
      List<String> byB = b.get();
      Set<String> both = new HashSet<>(byA);
      both.retainAll(byB);
      assertThat(both).isEmpty();
      List<String> all = new ArrayList<>(byA);
      all.addAll(byB);
      assertThat(all)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(events.stream().map(PlatformEvent::id).toList());
    }
  }

  private static List<String> drain(Outbox relay, Instant now) {
    List<String> taken = new ArrayList<>();
    while (true) {
      List<PlatformEvent> claimed = relay.claim(now, now, now.plusSeconds(30), 7);
      if (claimed.isEmpty()) {
        return taken;
      }
      claimed.forEach(e -> taken.add(e.id()));
    }
  }

  @Test
  void deletingTheRowsOfQueuedEventsLeavesTheOthers() {
    PlatformEvent queued = event("app_a", "u1");
    PlatformEvent waiting = event("app_a", "u2");
    PlatformEvent otherApp = event("app_b", "u3");
    outbox.append(List.of(queued, waiting, otherApp), T0);
    assertThat(outbox.delete(List.of(queued.id(), "rte_unknown"))).isEqualTo(1);
    outbox.dropApp("app_b");
    assertThat(outbox.depth()).isEqualTo(1);
    assertThat(claimAll(T0.plusSeconds(1)))
        .extracting(PlatformEvent::id)
        .containsExactly(waiting.id());
  }

  @Test
  void theOutboxIsBoundedByAgeAndCount() {
    PlatformEvent expired = event("app_a", "old");
    outbox.append(List.of(expired), T0.minus(Duration.ofDays(8)));
    List<PlatformEvent> recent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      recent.add(event("app_a", "u" + i));
    }
    outbox.append(recent, T0);
    // older than 7 days: 1; beyond the newest 3: the 2 oldest of the others
    assertThat(outbox.trim(T0.minus(Duration.ofDays(7)), 3)).isEqualTo(3);
    assertThat(claimAll(T0.plusSeconds(1)))
        .extracting(PlatformEvent::id)
        .containsExactlyElementsOf(recent.subList(2, 5).stream().map(PlatformEvent::id).toList());
  }

  @Test
  void aGatewayStartedAfterACrashDeliversWhatTheOutboxHeldAndEmptiesIt() throws SQLException {
    FakeAuthenticator auth = new FakeAuthenticator();
    String key = auth.add("app_a", "key_a");
    EventBus bus = EventBuses.inProcess();
    try {
      RealtimeGateway gateway = start(bus, auth);
      try (WsClient svc = WsClient.service(gateway.port(), key, "crm", "memory")) {
        assertThat(svc.identified.path("acked_seq").asLong()).isZero();
      } finally {
        gateway.close();
      }
      // the memory write committed with its outbox row; the process died before the gateway
      // queued the event (no publish on the bus)
      PlatformEvent lost = event("app_a", "alice");
      outbox.append(List.of(lost), Instant.now());
      gateway = start(bus, auth);
      try (WsClient svc = WsClient.service(gateway.port(), key, "crm")) {
        List<JsonNode> events = svc.syncEvents(1);
        assertThat(events.get(0).path("id").asText()).isEqualTo(lost.id());
        assertThat(events.get(0).path("type").asText()).isEqualTo("memory.add");
        assertThat(events.get(0).path("ids").path("user_id").asText()).isEqualTo("alice");
        svc.ack(events.get(0).path("seq").asLong());
      } finally {
        // stopping waits for the dispatcher: the row of the queued event is gone by then
        gateway.close();
      }
      assertThat(rows()).isZero();
    } finally {
      bus.close();
    }
  }

  private RealtimeGateway start(EventBus bus, FakeAuthenticator auth) {
    return RealtimeGateway.builder()
        .config(Fixture.config())
        .dataSource(ds)
        .bus(bus)
        .authenticator(auth)
        .meterRegistry(new SimpleMeterRegistry())
        .clock(Clock.systemUTC())
        .outboxGrace(Duration.ZERO)
        .start();
  }
}
