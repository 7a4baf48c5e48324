package dev.engram.memory.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.Relation;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBAtlasLocalContainer;

/**
 * On a replica set (Atlas local runs one, as Atlas always does) a memory and its event, and every
 * write of a unit of work, commit or roll back together. Skipped where no Docker engine runs; the
 * test peer has no transactions ({@code MongoRepairTest} covers that side).
 */
@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoTransactionsContainerIT {
  private static final MongoConfiguration ATLAS = new MongoConfiguration("engram_tx_it", true);
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final String APP = "tx";

  private MongoDBAtlasLocalContainer container;
  private MongoClient client;
  private MongoUnitOfWork unit;
  private MongoMemoryStore store;

  @BeforeAll
  void start() {
    container = new MongoDBAtlasLocalContainer("mongodb/mongodb-atlas-local:8.0");
    container.start();
    client = MongoStores.client(container.getConnectionString(), ATLAS);
    unit = new MongoUnitOfWork(client, client.getDatabase(ATLAS.database()));
    store =
        new MongoMemoryStore(unit, client.getDatabase(ATLAS.database()), ATLAS, Optional.empty());
    store.createApp(APP);
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    if (container != null) {
      container.stop();
    }
  }

  @Test
  void aReplicaSetRunsTransactions() {
    assertThat(unit.transactions()).isTrue();
    assertThat(store.unitOfWorkRollsBack()).isTrue();
  }

  @Test
  void anUpdateWhoseEventFailsLeavesTheMemoryAsItWas() {
    Memory memory = Memories.memory("u1", "Pia lives in Berlin", NOW).build();
    MemoryEvent added = event(memory, EventType.ADD);
    store.insert(APP, List.of(memory), List.of(added));
    Memory changed = memory.toBuilder().content("Pia lives in Hamburg").build();
    // an event id that exists already: the event's insert fails after the replacement
    MemoryEvent clash =
        new MemoryEvent(
            added.id(),
            memory.id(),
            "u1",
            EventType.UPDATE,
            "test",
            null,
            List.of(),
            Map.of(),
            NOW);

    assertThatThrownBy(() -> store.update(APP, changed, memory.version(), clash))
        .isInstanceOf(MemoryException.class);

    Memory stored = store.find(APP, memory.id(), NOW).orElseThrow();
    assertThat(stored.content()).isEqualTo("Pia lives in Berlin");
    assertThat(stored.version()).isEqualTo(memory.version());
  }

  @Test
  void aUnitOfWorkThatThrowsWritesNothingAndRunsNoAfterCommitAction() {
    Memory successor = Memories.memory("u1", "Pia moved to Hamburg", NOW).build();
    boolean[] afterCommit = new boolean[1];

    assertThatThrownBy(
            () ->
                store.inUnitOfWork(
                    () -> {
                      store.insert(
                          APP, List.of(successor), List.of(event(successor, EventType.ADD)));
                      store.afterCommit(() -> afterCommit[0] = true);
                      assertThat(store.find(APP, successor.id(), NOW))
                          .as("the transaction reads its own write")
                          .isPresent();
                      throw new IllegalStateException("the second half failed");
                    }))
        .hasMessageContaining("second half");

    assertThat(store.find(APP, successor.id(), NOW)).isEmpty();
    assertThat(store.events(APP, successor.id())).isEmpty();
    assertThat(afterCommit[0]).isFalse();
  }

  @Test
  void aCommittedUnitOfWorkRunsItsAfterCommitActionsOnce() {
    Memory memory = Memories.memory("u1", "Pia keeps bees", NOW).build();
    int[] runs = new int[1];

    store.inUnitOfWork(
        () -> {
          store.insert(APP, List.of(memory), List.of(event(memory, EventType.ADD)));
          store.afterCommit(() -> runs[0]++);
          assertThat(runs[0]).as("not before the commit").isZero();
          return null;
        });

    assertThat(runs[0]).isEqualTo(1);
    assertThat(store.events(APP, memory.id())).hasSize(1);
  }

  @Test
  void aRelationRecordedInAUnitOfWorkThatThrowsIsNotKept() {
    Memory from = Memories.memory("u1", "Pia adopted a cat", NOW).build();
    Memory to = Memories.memory("u1", "Pia's cat is called Miso", NOW).build();
    store.insert(
        APP, List.of(from, to), List.of(event(from, EventType.ADD), event(to, EventType.ADD)));

    assertThatThrownBy(
            () ->
                store.inUnitOfWork(
                    () -> {
                      store.addRelation(APP, new Relation(from.id(), to.id(), "related_to", NOW));
                      assertThat(store.relations(APP, from.id()))
                          .as("the transaction reads its own relation")
                          .hasSize(1);
                      throw new IllegalStateException("the event failed");
                    }))
        .hasMessageContaining("event failed");

    assertThat(store.relations(APP, from.id())).isEmpty();
  }

  private static MemoryEvent event(Memory memory, EventType type) {
    return new MemoryEvent(
        MemoryIds.event(),
        memory.id(),
        memory.userId(),
        type,
        "test",
        null,
        List.of(),
        Map.of(),
        NOW);
  }
}
