package dev.engram.memory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import dev.engram.memory.Source;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MemoryStore} must have. Subclass it once per implementation and
 * implement {@link #store()}; each test works in a fresh app. Listing rules live in {@link
 * MemoryStoreListingContract}, app and user lifecycle in {@link MemoryStoreLifecycleContract}; this
 * suite includes both.
 */
public abstract class MemoryStoreContract extends MemoryStoreLifecycleContract {

  @Test
  void insertsABatchWithItsEventsAndFindsEveryMemoryInAnyStatus() {
    Memory active = memory("m1", "alice", 1).build();
    Memory superseded = memory("m2", "alice", 2).status(MemoryStatus.SUPERSEDED).build();
    Memory deleted = memory("m3", "bob", 3).status(MemoryStatus.DELETED).build();
    MemoryEvent added = event("e1", active, EventType.ADD, T0);

    store().insert(app, List.of(active, superseded, deleted), List.of(added));

    assertThat(store().find(app, "m1", NOW)).contains(active);
    assertThat(store().find(app, "m2", NOW)).contains(superseded);
    assertThat(store().find(app, "m3", NOW)).contains(deleted);
    assertThat(store().find(app, "m9", NOW)).isEmpty();
    assertThat(store().findAll(app, List.of("m3", "m1", "m9"), NOW))
        .containsExactlyInAnyOrder(active, deleted);
    assertThat(store().findAll(app, List.of(), NOW)).isEmpty();
    assertThat(store().events(app, "m1")).containsExactly(added);
  }

  @Test
  void usageCountsActiveMemoriesAndTheTextOfEveryStoredVersion() {
    insert(
        memory("m1", "alice", 1)
            .content("likes green tea")
            .tags(List.of("drinks"))
            .metadata(Map.of("source", "crm"))
            .build(),
        memory("m2", "alice", 2).content("likes black tea").status(MemoryStatus.SUPERSEDED).build(),
        memory("m3", "bob", 3).content("lives in Oslo").status(MemoryStatus.DELETED).build());

    StoreUsage usage = store().usage(app);

    assertThat(usage.activeMemories()).isEqualTo(1);
    assertThat(usage.bytes())
        .isGreaterThanOrEqualTo(
            ("likes green tea" + "likes black tea" + "lives in Oslo" + "drinks" + "crm").length());
  }

  @Test
  void findAndFindAllExcludeExpiredMemories() {
    insert(
        memory("m1", "u", 1).expiresAt(NOW).build(),
        memory("m2", "u", 2).expiresAt(NOW.plusNanos(1000)).build());

    assertThat(store().find(app, "m1", NOW)).isEmpty();
    assertThat(store().find(app, "m1", NOW.minusNanos(1000))).isPresent();
    assertThat(store().find(app, "m2", NOW)).isPresent();
    assertThat(ids(store().findAll(app, List.of("m1", "m2"), NOW))).containsExactly("m2");
  }

  @Test
  void insertingAnExistingIdFailsAndKeepsTheStoredMemory() {
    Memory original = memory("m1", "u", 1).build();
    insert(original);

    assertThatThrownBy(() -> insert(memory("m1", "u", 2).content("other").build()))
        .isInstanceOf(MemoryException.class);
    assertThat(store().find(app, "m1", NOW)).contains(original);
  }

  @Test
  void roundTripsEveryField() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("none", null);
    nested.put("list", List.of(1, "two", 3.25, false, List.of("deep")));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("text", "héllo \"quoted\" ✓");
    metadata.put("int", 42);
    metadata.put("long", 9_000_000_000L);
    metadata.put("double", 0.1);
    metadata.put("yes", true);
    metadata.put("nothing", null);
    metadata.put("nested", nested);
    float[] embedding = {0.1f, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, -1f / 3f, 1e-30f};
    Memory full =
        memory("m1", "alice", 1)
            .sessionId("s1")
            .agentId("a1")
            .runId("r1")
            .type(MemoryType.PROCEDURAL)
            .content("Always ship express ✈")
            .category("shipping")
            .tags(List.of("zeta", "alpha", "mid"))
            .importance(9)
            .metadata(metadata)
            .embedding(embedding, "model-x")
            .status(MemoryStatus.SUPERSEDED)
            .previousId("m0")
            .nextId("m2")
            .reinforcementCount(4)
            .lastReinforcedAt(T0.plusNanos(1_000))
            .accessCount(11)
            .lastAccessedAt(T0.plusNanos(2_000))
            .validFrom(T0.minus(Duration.ofDays(3)))
            .validTo(T0.plusNanos(3_000))
            .expiresAt(NOW.plus(Duration.ofDays(365)))
            .sources(
                List.of(new Source("conv-1", List.of("D1:3", "D1:4")), new Source(null, List.of())))
            .updatedAt(T0.plus(Duration.ofMinutes(7)).plusNanos(999_000))
            .version(6)
            .build();
    Memory bare = memory("m2", "bob", 2).embedding(null, null).build();

    insert(full, bare);

    Memory stored = store().find(app, "m1", NOW).orElseThrow();
    assertThat(stored).isEqualTo(full);
    assertThat(stored.tags()).containsExactly("zeta", "alpha", "mid");
    assertThat(stored.metadata()).isEqualTo(metadata);
    assertThat(Arrays.equals(stored.embedding(), embedding)).isTrue();
    assertThat(store().find(app, "m2", NOW)).contains(bare);
  }

  @Test
  void keepsAnEmbeddingAtLeastToHalfPrecision() {
    float[] embedding = new float[384];
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < embedding.length; i++) {
      embedding[i] = (float) (random.nextGaussian() / Math.sqrt(embedding.length));
    }
    insert(memory("m1", "u", 1).embedding(embedding, "model-y").build());

    float[] stored = store().find(app, "m1", NOW).orElseThrow().embedding();

    assertThat(stored).hasSize(embedding.length);
    for (int i = 0; i < embedding.length; i++) {
      // binary16 keeps 11 significant bits; values below its normal range keep 2^-24 absolute
      assertThat(Math.abs(stored[i] - embedding[i]))
          .isLessThanOrEqualTo(Math.abs(embedding[i]) / 2048 + 0x1p-24f);
    }
  }

  @Test
  void appendsEventsAndListsThemOldestFirst() {
    Memory memory = memory("m1", "u", 1).build();
    insert(memory);
    MemoryEvent late = event("e1", memory, EventType.REINFORCE, T0.plus(Duration.ofHours(2)));
    MemoryEvent early =
        new MemoryEvent(
            "e2",
            "m1",
            "u",
            EventType.SKIP,
            "resolver",
            "redundant with m0",
            List.of("m0", "m5"),
            Map.of("score", 0.91, "fields", List.of("content"), "n", 3),
            T0.plusNanos(1000));
    MemoryEvent middle = event("e3", memory, EventType.RELATE, T0.plus(Duration.ofHours(1)));

    store().appendEvent(app, late);
    store().appendEvent(app, early);
    store().appendEvent(app, middle);

    assertThat(store().events(app, "m1")).containsExactly(early, middle, late);
    assertThat(store().events(app, "m9")).isEmpty();
  }

  @Test
  void recordAccessAddsCountsAndMovesTheLastAccessWithoutANewVersion() {
    Memory seen = memory("m1", "u", 1).build();
    Memory twice = memory("m2", "u", 2).accessCount(4).lastAccessedAt(T0).build();
    Memory unseen = memory("m3", "u", 3).build();
    insert(seen, twice, unseen);
    Instant at = T0.plus(Duration.ofDays(1));

    store().recordAccess(app, Map.of("m1", 1, "m2", 2, "m9", 5), at);

    Memory first = store().find(app, "m1", NOW).orElseThrow();
    assertThat(first.accessCount()).isEqualTo(1);
    assertThat(first.lastAccessedAt()).isEqualTo(at);
    assertThat(first.version()).isEqualTo(seen.version());
    assertThat(first.updatedAt()).isEqualTo(seen.updatedAt());
    Memory second = store().find(app, "m2", NOW).orElseThrow();
    assertThat(second.accessCount()).isEqualTo(6);
    assertThat(second.lastAccessedAt()).isEqualTo(at);
    assertThat(store().find(app, "m3", NOW)).contains(unseen);
    assertThat(store().find(app, "m9", NOW)).isEmpty();
    assertThat(store().changedSince(app, seen.updatedAt().plusNanos(1000)))
        .extracting(Memory::id)
        .doesNotContain("m1");
  }

  @Test
  void recordFeedbackMovesTheBalanceWithinItsLimitWithoutANewVersionAndKeepsAppsApart() {
    Memory memory = memory("m1", "u", 1).build();
    insert(memory);
    String other = newAppId();
    store().createApp(other);

    store().recordFeedback(app, "m1", 1);
    store().recordFeedback(app, "m1", -2);
    store().recordFeedback(other, "m1", 5);
    store().recordFeedback(app, "m9", 1);

    Memory stored = store().find(app, "m1", NOW).orElseThrow();
    assertThat(stored.feedbackBalance()).isEqualTo(-1);
    assertThat(stored.version()).isEqualTo(memory.version());
    assertThat(stored.updatedAt()).isEqualTo(memory.updatedAt());
    assertThat(store().find(app, "m9", NOW)).isEmpty();

    for (int i = 0; i < Memory.FEEDBACK_BALANCE_LIMIT; i++) {
      store().recordFeedback(app, "m1", 3);
    }
    assertThat(store().find(app, "m1", NOW).orElseThrow().feedbackBalance())
        .isEqualTo(Memory.FEEDBACK_BALANCE_LIMIT);
    store().recordFeedback(app, "m1", -5 * Memory.FEEDBACK_BALANCE_LIMIT);
    assertThat(store().find(app, "m1", NOW).orElseThrow().feedbackBalance())
        .isEqualTo(-Memory.FEEDBACK_BALANCE_LIMIT);
  }

  @Test
  void recordAccessNeverMovesTheLastAccessBackAndKeepsAppsApart() {
    Memory memory = memory("m1", "u", 1).accessCount(1).lastAccessedAt(NOW).build();
    insert(memory);
    String other = newAppId();
    store().createApp(other);

    store().recordAccess(app, Map.of("m1", 1), T0);
    store().recordAccess(other, Map.of("m1", 7), NOW.plusSeconds(1));
    store().recordAccess(app, Map.of(), NOW.plusSeconds(2));

    Memory stored = store().find(app, "m1", NOW).orElseThrow();
    assertThat(stored.accessCount()).isEqualTo(2);
    assertThat(stored.lastAccessedAt()).isEqualTo(NOW);
    // a concurrent-version update still succeeds after accesses were counted
    assertThat(
            store()
                .update(
                    app,
                    stored.toBuilder().content("changed").build(),
                    memory.version(),
                    event("e1", stored, EventType.UPDATE, NOW)))
        .isTrue();
  }

  @Test
  void updateReplacesTheMemoryWhenTheVersionMatchesAndAppendsTheEvent() {
    Memory original = memory("m1", "u", 1).build();
    insert(original);
    Memory replacement =
        original.toBuilder()
            .content("changed")
            .importance(8)
            .tags(List.of("new"))
            .updatedAt(T0.plus(Duration.ofHours(1)))
            .version(2)
            .build();
    MemoryEvent updated = event("e1", original, EventType.UPDATE, T0.plus(Duration.ofHours(1)));

    boolean done = store().update(app, replacement, 1, updated);

    assertThat(done).isTrue();
    assertThat(store().find(app, "m1", NOW)).contains(replacement);
    assertThat(store().events(app, "m1")).containsExactly(updated);
  }

  @Test
  void updateKeepsTheReadsAndFeedbackCountedSinceItsCopyWasRead() {
    Memory original =
        memory("m1", "u", 1).accessCount(2).lastAccessedAt(T0).feedbackBalance(1).build();
    insert(original);
    Memory copy = store().find(app, "m1", NOW).orElseThrow();
    Instant read = T0.plus(Duration.ofHours(2));
    store().recordAccess(app, Map.of("m1", 3), read);
    store().recordFeedback(app, "m1", -2);

    boolean done =
        store()
            .update(
                app,
                copy.toBuilder().content("changed").version(2).build(),
                1,
                event("e1", original, EventType.UPDATE, T0.plus(Duration.ofHours(3))));

    assertThat(done).isTrue();
    Memory stored = store().find(app, "m1", NOW).orElseThrow();
    assertThat(stored.content()).isEqualTo("changed");
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.accessCount()).isEqualTo(5);
    assertThat(stored.lastAccessedAt()).isEqualTo(read);
    assertThat(stored.feedbackBalance()).isEqualTo(-1);
  }

  @Test
  void updateRefusesAStaleVersionAndAMissingMemory() {
    Memory original = memory("m1", "u", 1).version(3).build();
    insert(original);
    Memory replacement = original.toBuilder().content("lost update").version(3).build();

    assertThat(store().update(app, replacement, 2, event("e1", original, EventType.UPDATE, T0)))
        .isFalse();
    Memory ghost = memory("m9", "u", 1).version(2).build();
    assertThat(store().update(app, ghost, 1, event("e2", ghost, EventType.UPDATE, T0))).isFalse();
    String otherApp = newAppId();
    store().createApp(otherApp);
    assertThat(
            store()
                .update(
                    otherApp,
                    original.toBuilder().version(4).build(),
                    3,
                    event("e3", original, EventType.UPDATE, T0)))
        .isFalse();

    assertThat(store().find(app, "m1", NOW)).contains(original);
    assertThat(store().events(app, "m1")).isEmpty();
    assertThat(store().events(app, "m9")).isEmpty();
  }

  @Test
  void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
    Memory original = memory("m1", "u", 1).build();
    insert(original);
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Memory replacement = original.toBuilder().content("writer " + i).version(2).build();
        MemoryEvent event = event("e" + i, original, EventType.UPDATE, T0.plusSeconds(i));
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store().update(app, replacement, 1, event);
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(winners).isEqualTo(1);
      assertThat(store().find(app, "m1", NOW).orElseThrow().version()).isEqualTo(2);
      assertThat(store().events(app, "m1")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void recordsARelationOnceAndFindsItFromBothEnds() {
    insert(
        memory("m1", "u", 1).build(), memory("m2", "u", 2).build(), memory("m3", "u", 3).build());
    Relation supports = new Relation("m1", "m2", "supports", T0);
    Relation contradicts = new Relation("m3", "m1", "contradicts", T0.plusSeconds(1));

    store().addRelation(app, supports);
    store().addRelation(app, new Relation("m1", "m2", "supports", T0.plusSeconds(9)));
    store().addRelation(app, contradicts);
    store().addRelation(app, new Relation("m1", "m2", "related_to", T0.plusSeconds(2)));

    assertThat(store().relations(app, "m1"))
        .containsExactlyInAnyOrder(
            supports, contradicts, new Relation("m1", "m2", "related_to", T0.plusSeconds(2)));
    assertThat(store().relations(app, "m3")).containsExactly(contradicts);
    assertThat(store().relations(app, "m9")).isEmpty();
  }

  @Test
  void refusesARelationFromAnUnknownMemory() {
    insert(memory("m1", "u", 1).build());

    assertThatThrownBy(() -> store().addRelation(app, new Relation("m9", "m1", "supports", T0)))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> assertThat(e.code()).isEqualTo(MemoryErrorCode.MEMORY_NOT_FOUND));
    assertThat(store().relations(app, "m1")).isEmpty();
  }

  @Test
  void linksActiveMemoriesToTheEntitiesTheyNamePerUser() {
    insert(
        memory("m1", "alice", 1).content("Alice moved to Lisbon with Bob").build(),
        memory("m2", "alice", 2).content("Bob works at Acme Corp in Lisbon").build(),
        memory("m3", "alice", 3)
            .content("Lisbon was sunny")
            .status(MemoryStatus.SUPERSEDED)
            .build(),
        memory("m4", "alice", 4).content("Bob left Lisbon").expiresAt(NOW).build(),
        memory("m5", "carol", 5).content("Carol visited Lisbon").build());

    assertThat(store().entities(app, "alice", null, 10, NOW))
        .containsExactly(
            new EntityCount("bob", "Bob", EntityKind.PERSON, 2),
            new EntityCount("lisbon", "Lisbon", EntityKind.PLACE, 2),
            new EntityCount("acme corp", "Acme Corp", EntityKind.ORGANIZATION, 1),
            new EntityCount("alice", "Alice", EntityKind.PERSON, 1));
    assertThat(store().entities(app, "alice", EntityKind.PLACE, 10, NOW))
        .extracting(EntityCount::key)
        .containsExactly("lisbon");
    assertThat(store().entities(app, "alice", null, 1, NOW)).hasSize(1);
    assertThat(store().memoriesNaming(app, "alice", "lisbon", 10, NOW)).containsExactly("m2", "m1");
    assertThat(store().memoriesNaming(app, "alice", "lisbon", 1, NOW)).containsExactly("m2");
    assertThat(store().memoriesNaming(app, "carol", "lisbon", 10, NOW)).containsExactly("m5");
    assertThat(store().memoriesNaming(app, "alice", "oslo", 10, NOW)).isEmpty();
  }

  @Test
  void anUpdateRelinksAndADeletionOrUserErasureUnlinks() {
    Memory original = memory("m1", "alice", 1).content("Alice lives in Lisbon").build();
    insert(original, memory("m2", "alice", 2).content("Alice met Bob").build());

    Memory moved = original.toBuilder().content("Alice lives in Oslo").version(2).build();
    assertThat(store().update(app, moved, 1, event("e1", original, EventType.UPDATE, T0))).isTrue();
    assertThat(store().memoriesNaming(app, "alice", "lisbon", 10, NOW)).isEmpty();
    assertThat(store().memoriesNaming(app, "alice", "oslo", 10, NOW)).containsExactly("m1");

    Memory gone = moved.toBuilder().status(MemoryStatus.DELETED).version(3).build();
    assertThat(store().update(app, gone, 2, event("e2", moved, EventType.DELETE, T0))).isTrue();
    assertThat(store().memoriesNaming(app, "alice", "oslo", 10, NOW)).isEmpty();

    store().relinkEntities(app, List.of(gone, memory("m9", "alice", 9).content("Zed").build()));
    assertThat(store().memoriesNaming(app, "alice", "alice", 10, NOW)).containsExactly("m2");

    store().deleteUser(app, "alice");
    assertThat(store().entities(app, "alice", null, 10, NOW)).isEmpty();
  }
}
