package dev.engram.memory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryFilter.Sort;
import dev.engram.memory.MemoryFilter.SortKey;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.testing.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code list} part of {@link MemoryStoreContract}: every filter field (the results must agree
 * with {@link MemoryFilter#matches}), order and paging. Ties of the sort key are broken by id in
 * the same direction as the key, so a descending listing is the exact reverse of the ascending one.
 */
public abstract class MemoryStoreListingContract extends MemoryStoreFixture {

  @Test
  void listReturnsOnlyTheFilteredUsersMemories() {
    insert(memory("m1", "alice", 1).build(), memory("m2", "bob", 2).build());
    insert(memory("m3", "alice", 3).build());

    assertThat(ids(Filters.user("alice").build())).containsExactly("m1", "m3");
    assertThat(ids(Filters.user("bob").build())).containsExactly("m2");
    assertThat(ids(Filters.user("carol").build())).isEmpty();
    assertThat(ids(Filters.allUsers().build())).containsExactly("m1", "m2", "m3");
  }

  @Test
  void filtersBySessionAgentAndRun() {
    insert(
        memory("m1", "u", 1).sessionId("s1").agentId("a1").runId("r1").build(),
        memory("m2", "u", 2).sessionId("s1").agentId("a2").runId("r2").build(),
        memory("m3", "u", 3).sessionId("s2").agentId("a1").build(),
        memory("m4", "u", 4).build());

    assertThat(ids(Filters.user("u").session("s1").build())).containsExactly("m1", "m2");
    assertThat(ids(Filters.user("u").agent("a1").build())).containsExactly("m1", "m3");
    assertThat(ids(Filters.user("u").run("r2").build())).containsExactly("m2");
    assertThat(ids(Filters.user("u").session("s1").agent("a1").build())).containsExactly("m1");
  }

  @Test
  void filtersByAnyOfTheTypesAndCategories() {
    insert(
        memory("m1", "u", 1).type(MemoryType.EPISODIC).category("travel").build(),
        memory("m2", "u", 2).type(MemoryType.SEMANTIC).category("food").build(),
        memory("m3", "u", 3).type(MemoryType.PROCEDURAL).build(),
        memory("m4", "u", 4).type(MemoryType.WORKING).category("travel").build());

    assertThat(ids(Filters.user("u").types(MemoryType.EPISODIC, MemoryType.PROCEDURAL).build()))
        .containsExactly("m1", "m3");
    assertThat(ids(Filters.user("u").categories("travel", "music").build()))
        .containsExactly("m1", "m4");
    assertThat(ids(Filters.user("u").categories("food").types(MemoryType.EPISODIC).build()))
        .isEmpty();
  }

  @Test
  void filtersByAnyOfTheTags() {
    insert(
        memory("m1", "u", 1).tags(List.of("red", "blue")).build(),
        memory("m2", "u", 2).tags(List.of("green")).build(),
        memory("m3", "u", 3).tags(List.of("blue_green", "\"red\"")).build(),
        memory("m4", "u", 4).build());

    assertThat(ids(Filters.user("u").tags("blue", "green").build())).containsExactly("m1", "m2");
    assertThat(ids(Filters.user("u").tags("red").build())).containsExactly("m1");
    assertThat(ids(Filters.user("u").tags("blue%").build())).isEmpty();
    assertThat(ids(Filters.user("u").tags("\"red\"").build())).containsExactly("m3");
  }

  @Test
  void filtersByMinimumImportance() {
    insert(
        memory("m1", "u", 1).importance(3).build(),
        memory("m2", "u", 2).importance(7).build(),
        memory("m3", "u", 3).importance(8).build());

    assertThat(ids(Filters.user("u").minImportance(7).build())).containsExactly("m2", "m3");
    assertThat(ids(Filters.user("u").minImportance(9).build())).isEmpty();
  }

  @Test
  void filtersByCreationWindowFromInclusiveToExclusive() {
    insert(
        memory("m1", "u", 1).build(),
        memory("m2", "u", 2).build(),
        memory("m3", "u", 3).build(),
        memory("m4", "u", 4).build());
    var from = T0.plus(Duration.ofMinutes(2));
    var to = T0.plus(Duration.ofMinutes(4));

    assertThat(ids(Filters.user("u").createdFrom(from).createdTo(to).build()))
        .containsExactly("m2", "m3");
    assertThat(ids(Filters.user("u").createdFrom(from.plusNanos(1000)).build()))
        .containsExactly("m3", "m4");
    assertThat(ids(Filters.user("u").createdTo(to.plusNanos(1000)).build()))
        .containsExactly("m1", "m2", "m3", "m4");
  }

  @Test
  void filtersByValidityAtAnInstant() {
    var at = T0.plus(Duration.ofDays(1));
    insert(
        memory("m1", "u", 1).build(),
        memory("m2", "u", 2).validFrom(at).build(),
        memory("m3", "u", 3).validFrom(at.plusNanos(1000)).build(),
        memory("m4", "u", 4).validTo(at).build(),
        memory("m5", "u", 5).validFrom(at.minusSeconds(5)).validTo(at.plusNanos(1000)).build());

    assertThat(ids(Filters.user("u").validAt(at).build())).containsExactly("m1", "m2", "m5");
  }

  @Test
  void filtersByMetadataEqualityWithNumbersByValue() {
    insert(
        memory("m1", "u", 1).metadata(Map.of("lang", "en", "level", 3, "vip", true)).build(),
        memory("m2", "u", 2).metadata(Map.of("lang", "de", "level", 3.0, "vip", false)).build(),
        memory("m3", "u", 3).metadata(Map.of("lang", "en", "level", 3_000_000_000L)).build(),
        memory("m4", "u", 4).metadata(Map.of("lang", List.of("en"), "level", "3")).build(),
        memory("m5", "u", 5).metadata(Map.of("nested", Map.of("lang", "en"))).build());

    assertThat(ids(Filters.user("u").metadata("lang", "en").build())).containsExactly("m1", "m3");
    assertThat(ids(Filters.user("u").metadata("level", 3).build())).containsExactly("m1", "m2");
    assertThat(ids(Filters.user("u").metadata("level", 3.0).build())).containsExactly("m1", "m2");
    assertThat(ids(Filters.user("u").metadata("level", 3_000_000_000L).build()))
        .containsExactly("m3");
    assertThat(ids(Filters.user("u").metadata("vip", true).build())).containsExactly("m1");
    assertThat(ids(Filters.user("u").metadata("lang", "en").metadata("level", 3).build()))
        .containsExactly("m1");
    assertThat(ids(Filters.user("u").metadata("nested", Map.of("lang", "en")).build()))
        .containsExactly("m5");
  }

  @Test
  void listsActiveMemoriesOnlyUnlessOtherStatusesAreAsked() {
    insert(
        memory("m1", "u", 1).build(),
        memory("m2", "u", 2).status(MemoryStatus.SUPERSEDED).build(),
        memory("m3", "u", 3).status(MemoryStatus.DELETED).build());

    assertThat(ids(Filters.user("u").build())).containsExactly("m1");
    assertThat(ids(Filters.user("u").statuses(MemoryStatus.SUPERSEDED).build()))
        .containsExactly("m2");
    assertThat(ids(Filters.user("u").statuses(MemoryStatus.values()).build()))
        .containsExactly("m1", "m2", "m3");
  }

  @Test
  void listExcludesExpiredMemories() {
    insert(
        memory("m1", "u", 1).expiresAt(NOW).build(),
        memory("m2", "u", 2).expiresAt(NOW.plusNanos(1000)).build(),
        memory("m3", "u", 3).expiresAt(NOW.minusSeconds(60)).build());

    var page = store().list(app, Filters.user("u").build(), Sort.NEWEST_FIRST, 10, 0, NOW);

    assertThat(ids(page)).containsExactly("m2");
    assertThat(page.total()).isEqualTo(1);
  }

  static Stream<Arguments> sorts() {
    return Stream.of(SortKey.values())
        .flatMap(key -> Stream.of(Arguments.of(key, false), Arguments.of(key, true)));
  }

  @ParameterizedTest
  @MethodSource("sorts")
  void sortsByEveryKeyInBothDirectionsBreakingTiesById(SortKey key, boolean descending) {
    List<Memory> memories = new ArrayList<>();
    String[] ids = {"m4", "m1", "m6", "m3", "m5", "m2"};
    for (int i = 0; i < ids.length; i++) {
      int tieGroup = i % 3;
      memories.add(
          memory(ids[i], "u", tieGroup)
              .updatedAt(T0.plus(Duration.ofHours(5 - tieGroup)))
              .importance(2 + tieGroup * 3)
              .build());
    }
    store().insert(app, memories, List.of());
    Comparator<Memory> order =
        switch (key) {
          case CREATED_AT -> Comparator.comparing(Memory::createdAt);
          case UPDATED_AT -> Comparator.comparing(Memory::updatedAt);
          case IMPORTANCE -> Comparator.comparingInt(Memory::importance);
        };
    order = order.thenComparing(Memory::id);
    if (descending) {
      order = order.reversed();
    }
    List<String> expected = memories.stream().sorted(order).map(Memory::id).toList();

    var page = store().list(app, Filters.user("u").build(), new Sort(key, descending), 10, 0, NOW);

    assertThat(ids(page)).containsExactlyElementsOf(expected);
  }

  @Test
  void pagesWithLimitAndOffsetAndCountsEveryMatch() {
    for (int i = 1; i <= 7; i++) {
      insert(memory("m" + i, "u", i).build());
    }
    insert(memory("x1", "other", 1).build());
    var sort = new Sort(SortKey.CREATED_AT, true);
    MemoryFilter filter = Filters.user("u").build();

    var first = store().list(app, filter, sort, 3, 0, NOW);
    var second = store().list(app, filter, sort, 3, 3, NOW);
    var last = store().list(app, filter, sort, 3, 6, NOW);
    var beyond = store().list(app, filter, sort, 3, 10, NOW);

    assertThat(ids(first)).containsExactly("m7", "m6", "m5");
    assertThat(ids(second)).containsExactly("m4", "m3", "m2");
    assertThat(ids(last)).containsExactly("m1");
    assertThat(ids(beyond)).isEmpty();
    assertThat(List.of(first.total(), second.total(), last.total(), beyond.total()))
        .containsOnly(7L);
  }

  @Test
  void pagesCorrectlyWhenFilteringByMetadataAndTags() {
    for (int i = 1; i <= 9; i++) {
      insert(
          memory("m" + i, "u", i)
              .metadata(Map.of("even", i % 2 == 0))
              .tags(List.of(i % 3 == 0 ? "three" : "other"))
              .build());
    }
    var sort = new Sort(SortKey.CREATED_AT, false);

    var evens =
        store().list(app, Filters.user("u").metadata("even", false).build(), sort, 2, 1, NOW);
    var threes = store().list(app, Filters.user("u").tags("three").build(), sort, 2, 2, NOW);

    assertThat(ids(evens)).containsExactly("m3", "m5");
    assertThat(evens.total()).isEqualTo(5);
    assertThat(ids(threes)).containsExactly("m9");
    assertThat(threes.total()).isEqualTo(3);
  }

  @Test
  void listAgreesWithTheReferenceSemanticsForCombinedFilters() {
    List<Memory> all = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      all.add(
          memory("m%02d".formatted(i), i % 3 == 0 ? "alice" : "bob", i)
              .sessionId(i % 2 == 0 ? "s1" : null)
              .type(MemoryType.values()[i % 4])
              .category(i % 5 == 0 ? null : "c" + i % 2)
              .tags(List.of("t" + i % 4, "t" + i % 6))
              .importance(1 + i % 10)
              .metadata(Map.of("k", i % 4, "flag", i % 2 == 0))
              .status(MemoryStatus.values()[i % 7 == 0 ? 1 : 0])
              .expiresAt(i % 11 == 5 ? NOW.minusSeconds(1) : null)
              .validTo(i % 8 == 1 ? T0.plus(Duration.ofMinutes(10)) : null)
              .build());
    }
    store().insert(app, all, List.of());
    List<MemoryFilter> filters =
        List.of(
            Filters.user("bob").session("s1").tags("t1", "t2").build(),
            Filters.allUsers()
                .types(MemoryType.SEMANTIC, MemoryType.WORKING)
                .minImportance(4)
                .build(),
            Filters.user("alice").categories("c0").metadata("k", 0).build(),
            Filters.allUsers()
                .validAt(T0.plus(Duration.ofMinutes(20)))
                .metadata("flag", true)
                .build(),
            Filters.user("bob").statuses(MemoryStatus.SUPERSEDED, MemoryStatus.ACTIVE).build(),
            Filters.allUsers()
                .createdFrom(T0.plus(Duration.ofMinutes(5)))
                .createdTo(T0.plus(Duration.ofMinutes(17)))
                .tags("t3")
                .build());

    for (MemoryFilter filter : filters) {
      List<String> expected =
          all.stream().filter(m -> filter.matches(m, NOW)).map(Memory::id).sorted().toList();
      assertThat(ids(filter)).as(filter.toString()).containsExactlyElementsOf(expected);
    }
  }
}
