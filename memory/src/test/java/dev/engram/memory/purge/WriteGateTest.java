package dev.engram.memory.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Relation;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.testing.Memories;
import dev.engram.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The write gate of apps being deleted, in front of a store and across instances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteGateTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  private final TestDatabase database = TestDatabase.h2();
  private final HikariDataSource dataSource = database.pool("", 2);
  private final Transactions transactions = new Transactions(dataSource);

  @AfterAll
  void close() {
    dataSource.close();
    database.drop();
  }

  @Test
  void aClosedAppRefusesWritesSkipsAccessCountingAndStillReads() {
    AppGate gate = new AppGate(() -> transactions);
    InMemoryMemoryStore inner = new InMemoryMemoryStore();
    MemoryStore store = StoreGuard.guard(inner, () -> gate);
    Memory first = Memories.memory("u", "Ana lives in Lisbon", NOW).id("m1").build();
    store.insert("doomed", List.of(first), List.of(event("e1", first)));
    store.insert("other", List.of(first), List.of());

    gate.close("doomed");

    Memory second = Memories.memory("u", "Ana likes tea", NOW).id("m2").build();
    assertRefused(() -> store.insert("doomed", List.of(second), List.of()));
    assertRefused(() -> store.update("doomed", first, first.version(), event("e2", first)));
    assertRefused(() -> store.appendEvent("doomed", event("e3", first)));
    assertRefused(() -> store.addRelation("doomed", new Relation("m1", "m2", "supports", NOW)));
    store.recordAccess("doomed", Map.of("m1", 3), NOW);
    assertThat(store.find("doomed", "m1", NOW))
        .hasValueSatisfying(m -> assertThat(m.accessCount()).isZero());
    store.recordFeedback("doomed", "m1", 1);
    assertThat(store.find("doomed", "m1", NOW))
        .hasValueSatisfying(m -> assertThat(m.feedbackBalance()).isZero());
    assertThat(store.events("doomed", "m1")).hasSize(1);
    store.insert("other", List.of(second), List.of());
    assertThat(store.findAll("other", List.of("m1", "m2"), NOW)).hasSize(2);
    store.dropApp("doomed");
    assertThat(inner.storage("doomed")).isEmpty();
  }

  @Test
  void anotherInstanceLearnsOfTheDeletionFromTheDatabaseWithinASecond()
      throws InterruptedException {
    AppGate elsewhere = new AppGate(() -> transactions);
    assertThat(elsewhere.isClosed("app_gone")).isFalse();

    transactions.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("insert into app_purges (app_id, requested_at) values (?, ?)")) {
            s.setString(1, "app_gone");
            s.setObject(2, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
            return s.executeUpdate();
          }
        });

    long deadline = System.nanoTime() + AppGate.REFRESH.multipliedBy(5).toNanos();
    while (!elsewhere.isClosed("app_gone")) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
    assertThatThrownBy(() -> elsewhere.requireOpen("app_gone"))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.APP_NOT_FOUND));
    assertThat(elsewhere.isClosed("app_kept")).isFalse();
  }

  private static void assertRefused(ThrowingCallable write) {
    assertThatThrownBy(write)
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.APP_NOT_FOUND));
  }

  private static MemoryEvent event(String id, Memory memory) {
    return new MemoryEvent(
        id, memory.id(), memory.userId(), EventType.ADD, "tester", null, List.of(), Map.of(), NOW);
  }
}
