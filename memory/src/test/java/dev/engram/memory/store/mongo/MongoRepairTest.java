package dev.engram.memory.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.testing.Memories;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On a server without transactions (the test peer is a standalone server) a crash between the
 * store's writes is simulated by making only the first of them; opening the app at start repairs.
 */
class MongoRepairTest {
  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant WRITTEN = START.plusSeconds(3600);
  private static final Instant RESTART = START.plusSeconds(7200);
  private static final String APP = "repair";

  private final MongoServer server = MongoStores.testPeer();
  private final String uri = MongoStores.uri(server.bind(), "engram_repair");
  private final MongoClient client = MongoStores.client(uri, MongoConfiguration.defaults());
  private final MongoUnitOfWork unit =
      new MongoUnitOfWork(client, client.getDatabase("engram_repair"));
  private final MongoMemoryStore store = storeAt(START);
  private final MongoMemoryStore restarted = storeAt(RESTART);

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void theTestPeerHasNoTransactionsSoUnitsOfWorkDoNotRollBack() {
    assertThat(unit.transactions()).isFalse();
    assertThat(unit.database()).isEqualTo("engram_repair");
    assertThat(store.unitOfWorkRollsBack()).isFalse();
    boolean[] ran = new boolean[1];
    store.inUnitOfWork(
        () -> {
          store.afterCommit(() -> ran[0] = true);
          assertThat(ran[0]).as("outside a transaction, after-commit runs at once").isTrue();
          return null;
        });
  }

  @Test
  void recordsTheEventOfAMemoryWrittenWithoutItOnceOnly() {
    store.createApp(APP);
    Memory memory = Memories.memory("u1", "Pia keeps bees", WRITTEN).build();
    store.insert(APP, List.of(memory), List.of()); // the process stopped before the event

    restarted.createApp(APP); // the next start
    restarted.createApp(APP); // and the one after: nothing more to do

    List<MemoryEvent> events = store.events(APP, memory.id());
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ADD);
              assertThat(e.actor()).isEqualTo(MongoRepair.ACTOR);
              assertThat(e.details()).containsEntry("repaired", true);
              assertThat(e.at()).isEqualTo(RESTART);
            });
  }

  @Test
  void leavesMemoriesWithTheirEventsAlone() {
    store.createApp(APP);
    Memory memory = Memories.memory("u1", "Pia keeps bees", WRITTEN).build();
    store.insert(APP, List.of(memory), List.of(add(memory)));

    restarted.createApp(APP);

    assertThat(store.events(APP, memory.id())).extracting(MemoryEvent::actor).containsOnly("test");
  }

  @Test
  void finishesASupersessionWhoseSecondHalfWasNeverWritten() {
    store.createApp(APP);
    Memory old = Memories.memory("u1", "Pia lives in Berlin", WRITTEN).build();
    store.insert(APP, List.of(old), List.of(add(old)));
    Instant later = WRITTEN.plusSeconds(60);
    Memory successor =
        Memories.memory("u1", "Pia lives in Hamburg", later).previousId(old.id()).build();
    // the engine writes the successor and its event, then replaces the old memory: it stopped
    store.insert(APP, List.of(successor), List.of(add(successor)));

    restarted.createApp(APP);
    restarted.createApp(APP);

    Memory repaired = store.find(APP, old.id(), RESTART).orElseThrow();
    assertThat(repaired.status()).isEqualTo(MemoryStatus.SUPERSEDED);
    assertThat(repaired.nextId()).isEqualTo(successor.id());
    assertThat(repaired.validTo()).isEqualTo(later);
    assertThat(repaired.version()).isEqualTo(old.version() + 1);
    assertThat(store.events(APP, old.id()))
        .extracting(MemoryEvent::type, MemoryEvent::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.ADD, "test"),
            org.assertj.core.groups.Tuple.tuple(EventType.UPDATE, MongoRepair.ACTOR));
    assertThat(store.find(APP, successor.id(), RESTART).orElseThrow().status())
        .isEqualTo(MemoryStatus.ACTIVE);
  }

  @Test
  void aLaterStartLooksOnlyAtMemoriesChangedSinceThePreviousRepair() {
    store.createApp(APP); // checkpoint: START minus the in-flight margin
    Memory before = Memories.memory("u1", "an old note", START.minusSeconds(3600)).build();
    store.insert(APP, List.of(before), List.of());

    restarted.createApp(APP);

    assertThat(store.events(APP, before.id()))
        .as("changed before the checkpoint: not read again")
        .isEmpty();
  }

  @Test
  void droppingTheAppForgetsItsCheckpoint() {
    store.createApp(APP);
    store.dropApp(APP);

    assertThat(
            client
                .getDatabase("engram_repair")
                .getCollection(MongoRepair.CHECKPOINTS)
                .countDocuments(new org.bson.Document("_id", APP)))
        .isZero();
  }

  private MongoMemoryStore storeAt(Instant now) {
    return new MongoMemoryStore(
        unit,
        client.getDatabase("engram_repair"),
        MongoConfiguration.defaults(),
        Optional.of(Clock.fixed(now, ZoneOffset.UTC)));
  }

  private static MemoryEvent add(Memory memory) {
    return new MemoryEvent(
        MemoryIds.event(),
        memory.id(),
        memory.userId(),
        EventType.ADD,
        "test",
        null,
        List.of(),
        Map.of(),
        memory.createdAt());
  }
}
