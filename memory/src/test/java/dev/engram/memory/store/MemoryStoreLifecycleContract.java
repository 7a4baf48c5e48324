package dev.engram.memory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.testing.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * App isolation, user erasure, app removal, visits, catch-up and expiry of {@link
 * MemoryStoreContract}.
 */
public abstract class MemoryStoreLifecycleContract extends MemoryStoreListingContract {

  @Test
  void keepsAppsApartEvenWithTheSameIdsAndUsers() {
    String other = newAppId();
    store().createApp(other);
    Memory mine = memory("m1", "u", 1).content("mine").build();
    Memory theirs = memory("m1", "u", 1).content("theirs").build();
    store()
        .insert(
            app,
            List.of(mine, memory("m2", "u", 2).build()),
            List.of(event("e1", mine, EventType.ADD, T0)));
    store().insert(other, List.of(theirs), List.of(event("e1", theirs, EventType.ADD, T0)));
    store().addRelation(app, new Relation("m1", "m2", "supports", T0));

    assertThat(store().find(other, "m1", NOW)).contains(theirs);
    assertThat(store().find(other, "m2", NOW)).isEmpty();
    assertThat(
            ids(
                store()
                    .list(
                        other,
                        Filters.allUsers().build(),
                        MemoryFilter.Sort.NEWEST_FIRST,
                        10,
                        0,
                        NOW)))
        .containsExactly("m1");
    assertThat(store().relations(other, "m1")).isEmpty();
    assertThat(store().deleteUser(other, "u")).containsExactly("m1");
    assertThat(store().find(app, "m1", NOW)).contains(mine);
    assertThat(store().events(app, "m1")).hasSize(1);
    assertThat(store().relations(app, "m1")).hasSize(1);
    store().dropApp(app);
    assertThat(store().find(app, "m1", NOW)).isEmpty();
  }

  @Test
  void deleteUserErasesOnlyThatUsersMemoriesEventsAndRelations() {
    Memory a1 = memory("m1", "alice", 1).build();
    Memory a2 = memory("m2", "alice", 2).status(MemoryStatus.DELETED).build();
    Memory b1 = memory("m3", "bob", 3).build();
    Memory b2 = memory("m4", "bob", 4).build();
    store()
        .insert(
            app,
            List.of(a1, a2, b1, b2),
            List.of(event("e1", a1, EventType.ADD, T0), event("e2", b1, EventType.ADD, T0)));
    store().addRelation(app, new Relation("m1", "m2", "supports", T0));
    store().addRelation(app, new Relation("m3", "m4", "supports", T0));

    List<String> erased = store().deleteUser(app, "alice");

    assertThat(erased).containsExactlyInAnyOrder("m1", "m2");
    assertThat(store().findAll(app, List.of("m1", "m2", "m3", "m4"), NOW))
        .containsExactlyInAnyOrder(b1, b2);
    assertThat(store().events(app, "m1")).isEmpty();
    assertThat(store().events(app, "m3")).hasSize(1);
    assertThat(store().relations(app, "m2")).isEmpty();
    assertThat(store().relations(app, "m3")).hasSize(1);
    assertThat(store().deleteUser(app, "alice")).isEmpty();
  }

  @Test
  void dropAppRemovesEverythingOfTheAppAndCreateAppIsIdempotent() {
    Memory memory = memory("m1", "u", 1).build();
    store()
        .insert(
            app,
            List.of(memory, memory("m2", "u", 2).build()),
            List.of(event("e1", memory, EventType.ADD, T0)));
    store().addRelation(app, new Relation("m1", "m2", "supports", T0));
    store().createApp(app);

    store().dropApp(app);
    store().createApp(app);

    assertThat(store().find(app, "m1", NOW)).isEmpty();
    assertThat(store().events(app, "m1")).isEmpty();
    assertThat(store().relations(app, "m1")).isEmpty();
    List<Memory> visited = new ArrayList<>();
    store().forEach(app, visited::add);
    assertThat(visited).isEmpty();
  }

  @Test
  void dropAppLeavesNothingOfTheAppInStorageAndKeepsOtherApps() {
    String other = newAppId();
    store().createApp(other);
    for (String id : List.of(app, other)) {
      Memory first = memory("m1", "u", 1).build();
      store()
          .insert(
              id,
              List.of(first, memory("m2", "v", 2).build()),
              List.of(event("e1", first, EventType.ADD, T0)));
      store().addRelation(id, new Relation("m1", "m2", "supports", T0));
      store().appendEvent(id, event("e2", first, EventType.SKIP, T0));
    }
    assertThat(storage(app)).isNotEmpty();

    store().dropApp(app);
    store().dropApp(app);

    assertThat(storage(app)).isEmpty();
    assertThat(storage(other)).isNotEmpty();
    assertThat(store().find(other, "m1", NOW)).isPresent();
    assertThat(store().events(other, "m1")).hasSize(2);
    store().dropApp(other);
    assertThat(storage(other)).isEmpty();
  }

  @Test
  void forEachVisitsEveryMemoryIncludingExpiredAndDeletedOnes() {
    Memory expired = memory("m1", "u", 1).expiresAt(T0).build();
    Memory deleted = memory("m2", "v", 2).status(MemoryStatus.DELETED).build();
    Memory active = memory("m3", "u", 3).build();
    insert(expired, deleted, active);
    List<Memory> visited = new ArrayList<>();

    store().forEach(app, visited::add);

    assertThat(visited).containsExactlyInAnyOrder(expired, deleted, active);
  }

  @Test
  void forEachEventVisitsEveryEventOfTheAppOldestFirst() {
    Memory one = memory("m1", "u", 1).build();
    Memory two = memory("m2", "v", 2).build();
    MemoryEvent third = event("e1", one, EventType.UPDATE, T0.plusSeconds(30));
    MemoryEvent first = event("e2", two, EventType.ADD, T0);
    MemoryEvent second = event("e3", one, EventType.ADD, T0.plusSeconds(10));
    store().insert(app, List.of(one, two), List.of(third, first));
    store().appendEvent(app, second);
    List<MemoryEvent> visited = new ArrayList<>();

    store().forEachEvent(app, visited::add);

    assertThat(visited).containsExactly(first, second, third);
  }

  @Test
  void changedSinceReturnsMemoriesUpdatedAtOrAfterTheInstantInEveryStatus() {
    var since = T0.plus(Duration.ofHours(1));
    insert(
        memory("m1", "u", 1).updatedAt(since.minusNanos(1000)).build(),
        memory("m2", "u", 2).updatedAt(since).build(),
        memory("m3", "v", 3).updatedAt(since.plusSeconds(5)).status(MemoryStatus.DELETED).build());

    assertThat(ids(store().changedSince(app, since))).containsExactlyInAnyOrder("m2", "m3");
  }

  @Test
  void pruneVersionsRemovesOldSupersededVersionsAndDeletedMemoriesOldestFirstWithTheirHistory() {
    Instant cutoff = T0.plus(Duration.ofMinutes(10));
    Memory first = memory("m1", "u", 1).status(MemoryStatus.SUPERSEDED).nextId("m5").build();
    Memory second = memory("m2", "u", 2).status(MemoryStatus.SUPERSEDED).build();
    Memory recent = memory("m3", "u", 20).status(MemoryStatus.SUPERSEDED).build();
    Memory active = memory("m4", "u", 3).build();
    Memory successor = memory("m5", "u", 5).previousId("m1").build();
    Memory deleted = memory("m6", "u", 4).status(MemoryStatus.DELETED).build();
    Memory recentlyDeleted = memory("m7", "u", 30).status(MemoryStatus.DELETED).build();
    store()
        .insert(
            app,
            List.of(first, second, recent, active, successor, deleted, recentlyDeleted),
            List.of(
                event("e1", first, EventType.ADD, T0),
                event("e2", active, EventType.ADD, T0),
                event("e3", recent, EventType.ADD, T0),
                event("e4", deleted, EventType.DELETE, T0)));
    store().addRelation(app, new Relation("m4", "m1", "supports", T0));
    store().addRelation(app, new Relation("m2", "m4", "supports", T0));
    store().addRelation(app, new Relation("m4", "m5", "supports", T0));

    List<String> oldest = store().pruneVersions(app, cutoff, 1);
    List<String> rest = store().pruneVersions(app, cutoff, 10);

    assertThat(oldest).containsExactly("m1");
    assertThat(rest).containsExactly("m2", "m6");
    assertThat(ids(store().findAll(app, List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"), NOW)))
        .containsExactlyInAnyOrder("m3", "m4", "m5", "m7");
    assertThat(store().events(app, "m6")).isEmpty();
    assertThat(store().find(app, "m5", NOW)).map(Memory::previousId).contains("m1");
    assertThat(store().events(app, "m1")).isEmpty();
    assertThat(store().events(app, "m3")).hasSize(1);
    assertThat(store().events(app, "m4")).hasSize(1);
    assertThat(store().relations(app, "m4"))
        .containsExactly(new Relation("m4", "m5", "supports", T0));
    assertThat(store().pruneVersions(app, cutoff, 10)).isEmpty();
  }

  @Test
  void pruneEventsRemovesEventsRecordedBeforeTheCutoffOldestFirst() {
    Memory m = memory("m1", "u", 1).build();
    store()
        .insert(
            app,
            List.of(m),
            List.of(
                event("e1", m, EventType.ADD, T0),
                event("e2", m, EventType.UPDATE, T0.plusSeconds(60)),
                event("e3", m, EventType.REINFORCE, T0.plusSeconds(120))));
    Instant cutoff = T0.plusSeconds(120);

    assertThat(store().pruneEvents(app, cutoff, 1)).isEqualTo(1);
    assertThat(store().events(app, "m1")).extracting(MemoryEvent::id).containsExactly("e2", "e3");
    assertThat(store().pruneEvents(app, cutoff, 10)).isEqualTo(1);
    assertThat(store().pruneEvents(app, cutoff, 10)).isZero();
    assertThat(store().events(app, "m1")).extracting(MemoryEvent::id).containsExactly("e3");
    assertThat(store().find(app, "m1", NOW)).contains(m);
  }

  @Test
  void purgeExpiredDeletesOnlyExpiredMemoriesUpToTheLimit() {
    insert(
        memory("m1", "u", 1).expiresAt(NOW.minusSeconds(30)).build(),
        memory("m2", "u", 2).expiresAt(NOW.minusSeconds(20)).build(),
        memory("m3", "v", 3).expiresAt(NOW).build(),
        memory("m4", "u", 4).expiresAt(NOW.plusNanos(1000)).build(),
        memory("m5", "u", 5).build());

    List<String> first = store().purgeExpired(app, NOW, 2);
    List<String> rest = store().purgeExpired(app, NOW, 10);

    assertThat(first).hasSize(2);
    assertThat(rest).hasSize(1);
    assertThat(Stream.concat(first.stream(), rest.stream()))
        .containsExactlyInAnyOrder("m1", "m2", "m3");
    List<Memory> left = new ArrayList<>();
    store().forEach(app, left::add);
    assertThat(ids(left)).containsExactlyInAnyOrder("m4", "m5");
    assertThat(store().purgeExpired(app, NOW, 10)).isEmpty();
  }

  @Test
  void aMemoryErasedByAnyPathTakesItsReadsWithIt() {
    insert(
        memory("m1", "alice", 1).build(),
        memory("m2", "bob", 2).expiresAt(NOW.minusSeconds(10)).build(),
        memory("m3", "bob", 3).status(MemoryStatus.DELETED).build(),
        memory("m4", "bob", 4).build());
    store().recordAccess(app, Map.of("m1", 2, "m2", 3, "m3", 4, "m4", 5), T0);

    assertThat(store().deleteUser(app, "alice")).containsExactly("m1");
    assertThat(store().purgeExpired(app, NOW, 10)).containsExactly("m2");
    assertThat(store().pruneVersions(app, NOW, 10)).containsExactly("m3");
    // the same ids stored again (an import of an export) start unread
    insert(
        memory("m1", "alice", 5).build(),
        memory("m2", "bob", 6).build(),
        memory("m3", "bob", 7).build());

    assertThat(store().findAll(app, List.of("m1", "m2", "m3", "m4"), NOW))
        .extracting(Memory::id, Memory::accessCount)
        .containsExactlyInAnyOrder(tuple("m1", 0), tuple("m2", 0), tuple("m3", 0), tuple("m4", 5));
  }
}
