package dev.engram.memory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.UserScope;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.Memories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MemoryIndex} must have. Subclasses say how to open an index; {@link
 * #open()} called again within a test must see what the previous instance committed.
 *
 * <p>Filtering is checked the way callers rely on it: a filtered search returns the {@code k} best
 * among the matching documents, even when non-matching documents are nearer.
 */
public abstract class MemoryIndexContract {
  protected static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  protected static final HashingEmbedder EMBEDDER = new HashingEmbedder();
  private static final String QUERY = "favourite coffee order";

  protected MemoryIndex index;
  private final List<String> apps = new ArrayList<>();

  /** A new index instance over the same storage as earlier ones of this test. */
  protected abstract MemoryIndex open();

  /**
   * Whether this index tells the scale of its keyword scores ({@link MemoryIndex#fullMatchScore}).
   */
  protected boolean tellsKeywordScale() {
    return false;
  }

  @BeforeEach
  void openIndex() {
    index = open();
  }

  @AfterEach
  void closeIndex() {
    if (index != null) {
      for (String app : apps) {
        index.dropApp(app);
      }
      index.close();
    }
  }

  /** A fresh app id for this test; dropped afterwards. */
  protected String app(String name) {
    String id = "app_" + name + "_" + Long.toHexString(System.nanoTime());
    apps.add(id);
    return id;
  }

  protected static Memory.Builder memory(String userId, String content) {
    return Memories.memory(userId, content, NOW);
  }

  protected void upsert(String appId, Memory... memories) {
    index.upsert(appId, List.of(memories).stream().map(IndexDocument::of).toList());
  }

  private List<String> vectorIds(String appId, String query, MemoryFilter filter, int k) {
    return index.vectorSearch(appId, EMBEDDER.embed(query), filter, k).stream()
        .map(IndexHit::id)
        .toList();
  }

  private List<String> keywordIds(String appId, String query, MemoryFilter filter, int k) {
    return index.keywordSearch(appId, query, filter, k).stream().map(IndexHit::id).toList();
  }

  @Test
  void vectorSearchFindsNearestFirstWithCosineScores() {
    String app = app("vector");
    Memory exact = memory("u1", QUERY).build();
    Memory close = memory("u1", "my favourite coffee is a flat white").build();
    Memory far = memory("u1", "the cat sleeps on the sofa all day").build();
    upsert(app, far, close, exact);

    List<IndexHit> hits =
        index.vectorSearch(app, EMBEDDER.embed(QUERY), MemoryFilter.user("u1"), 3);

    assertThat(hits).extracting(IndexHit::id).containsExactly(exact.id(), close.id(), far.id());
    assertThat(hits.get(0).score()).isCloseTo(1f, within(1e-3f));
    assertThat(hits.get(1).score()).isBetween(0.1f, 0.99f);
    assertThat(hits.get(2).score()).isLessThan(hits.get(1).score());
  }

  @Test
  void vectorSearchReturnsAtMostK() {
    String app = app("limit");
    for (int i = 0; i < 30; i++) {
      upsert(app, memory("u1", "note number " + i + " about coffee").build());
    }
    assertThat(index.vectorSearch(app, EMBEDDER.embed("coffee"), MemoryFilter.user("u1"), 5))
        .hasSize(5);
  }

  @Test
  void keywordSearchRanksDocumentWithTheQueryWordsFirst() {
    String app = app("keyword");
    Memory match = memory("u1", "User prefers express shipping for every order").build();
    Memory partial = memory("u1", "User likes green tea in the morning").build();
    Memory other = memory("u1", "The meeting moved to Thursday afternoon").build();
    upsert(app, other, partial, match);

    List<IndexHit> hits =
        index.keywordSearch(
            app, "which shipping does the user prefer?", MemoryFilter.user("u1"), 3);

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).id()).isEqualTo(match.id());
    assertThat(hits).extracting(IndexHit::id).doesNotContain(other.id());
    assertThat(hits.get(0).score()).isPositive();
  }

  /**
   * Where an index tells the scale of its keyword scores, a document of the average length holding
   * each query term once scores it, and one holding only some of the terms scores less.
   */
  @Test
  void fullMatchScoreIsWhatADocumentHoldingEveryQueryTermOnceScores() {
    String app = app("scale");
    Memory both = memory("u1", "amber bison cedar").build();
    Memory one = memory("u1", "amber dingo ember").build();
    Memory none = memory("u1", "falcon garnet heron").build();
    upsert(app, both, one, none);

    List<IndexHit> hits = index.keywordSearch(app, "amber bison", MemoryFilter.user("u1"), 3);
    var full = index.fullMatchScore(app, "amber bison");
    if (full.isEmpty()) {
      assertThat(tellsKeywordScale()).isFalse();
      return; // this index reads keyword scores against the best hit's
    }
    assertThat(hits).extracting(IndexHit::id).containsExactly(both.id(), one.id());
    assertThat(hits.get(0).score()).isCloseTo((float) full.getAsDouble(), within(1e-3f));
    assertThat(hits.get(1).score()).isLessThan(0.5f * (float) full.getAsDouble());
    assertThat(index.fullMatchScore(app("empty"), "amber bison")).isEmpty();
    assertThat(index.fullMatchScore(app, "the and of")).isEmpty();
  }

  @Test
  void keywordSearchAcceptsArbitraryUserInput() {
    String app = app("syntax");
    Memory cpp = memory("u1", "Writes C++ and Java at work").build();
    upsert(app, cpp);
    MemoryFilter filter = MemoryFilter.user("u1");

    for (String query :
        List.of("\"C++ (and) OR:", "AND OR NOT", "*?~^", "title:[a TO", "\\", "   ", "", "!!!")) {
      assertThat(index.keywordSearch(app, query, filter, 5)).as(query).isNotNull();
    }
    assertThat(keywordIds(app, "\"C++ (and) OR: java", filter, 5)).containsExactly(cpp.id());
  }

  @Test
  void upsertReplacesById() {
    String app = app("replace");
    Memory original = memory("u1", "likes tea").build();
    upsert(app, original);
    Memory changed = original.toBuilder().content("likes coffee").build();
    Memory rembedded =
        changed.toBuilder().embedding(EMBEDDER.embed("likes coffee"), EMBEDDER.modelId()).build();
    upsert(app, rembedded);

    assertThat(index.count(app)).isEqualTo(1);
    assertThat(keywordIds(app, "tea", MemoryFilter.user("u1"), 5)).isEmpty();
    assertThat(keywordIds(app, "coffee", MemoryFilter.user("u1"), 5))
        .containsExactly(original.id());
    assertThat(index.vectorSearch(app, EMBEDDER.embed("likes coffee"), MemoryFilter.user("u1"), 5))
        .singleElement()
        .satisfies(hit -> assertThat(hit.score()).isCloseTo(1f, within(1e-3f)));
  }

  @Test
  void deleteRemovesAndIgnoresUnknownIds() {
    String app = app("delete");
    Memory keep = memory("u1", "keeps a journal").build();
    Memory gone = memory("u1", "keeps a diary").build();
    upsert(app, keep, gone);

    index.delete(app, List.of(gone.id(), "mem_unknown"));

    assertThat(index.count(app)).isEqualTo(1);
    assertThat(vectorIds(app, "keeps a diary", MemoryFilter.user("u1"), 5))
        .containsExactly(keep.id());
    assertThat(keywordIds(app, "diary", MemoryFilter.user("u1"), 5)).isEmpty();
  }

  @Test
  void dropAppRemovesOnlyThatApp() {
    String a = app("dropa");
    String b = app("dropb");
    upsert(a, memory("u1", "alpha fact").build());
    Memory kept = memory("u1", "alpha fact").build();
    upsert(b, kept);

    index.dropApp(a);

    assertThat(index.count(a)).isZero();
    assertThat(vectorIds(a, "alpha fact", MemoryFilter.user("u1"), 5)).isEmpty();
    assertThat(keywordIds(a, "alpha", MemoryFilter.user("u1"), 5)).isEmpty();
    assertThat(index.count(b)).isEqualTo(1);
    assertThat(vectorIds(b, "alpha fact", MemoryFilter.user("u1"), 5)).containsExactly(kept.id());
    Memory again = memory("u1", "alpha again").build();
    upsert(a, again);
    assertThat(keywordIds(a, "alpha", MemoryFilter.user("u1"), 5)).containsExactly(again.id());
  }

  @Test
  void appsAreIsolatedEvenWithTheSameUserIds() {
    String a = app("isoa");
    String b = app("isob");
    Memory inA = memory("u1", "secret plan of app a").build();
    Memory inB = memory("u1", "secret plan of app b").build();
    upsert(a, inA);
    upsert(b, inB);

    assertThat(vectorIds(a, "secret plan", MemoryFilter.user("u1"), 10)).containsExactly(inA.id());
    assertThat(keywordIds(b, "secret plan", MemoryFilter.allUsers(), 10)).containsExactly(inB.id());
    assertThat(index.count(a)).isEqualTo(1);
    assertThat(index.count(app("empty"))).isZero();
    assertThat(index.vectorSearch(app("none"), EMBEDDER.embed("x"), MemoryFilter.allUsers(), 5))
        .isEmpty();
  }

  @Test
  void countsDocumentsOfEveryStatus() {
    String app = app("count");
    upsert(
        app,
        memory("u1", "one").build(),
        memory("u2", "two").status(MemoryStatus.SUPERSEDED).build(),
        memory("u3", "three").status(MemoryStatus.DELETED).build());
    assertThat(index.count(app)).isEqualTo(3);
  }

  @Test
  void survivesCommitCloseAndReopen() {
    String app = app("durable");
    Memory kept = memory("u1", "remembers across restarts").build();
    upsert(app, kept);
    index.commit();
    index.close();

    index = open();

    assertThat(index.count(app)).isEqualTo(1);
    assertThat(vectorIds(app, "remembers across restarts", MemoryFilter.user("u1"), 3))
        .containsExactly(kept.id());
    assertThat(keywordIds(app, "restarts", MemoryFilter.user("u1"), 3)).containsExactly(kept.id());
  }

  @Test
  void metadataAndExpiryNeverCauseMisses() {
    String app = app("meta");
    Memory expired =
        memory("u1", "coffee with metadata")
            .metadata(Map.of("source", "chat"))
            .expiresAt(NOW.minusSeconds(1))
            .build();
    upsert(app, expired);
    MemoryFilter filter =
        new MemoryFilter(
            new UserScope.OneUser("u1"),
            null,
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            Map.of("source", "chat"),
            Set.of());

    assertThat(vectorIds(app, "coffee", filter, 5)).containsExactly(expired.id());
    assertThat(keywordIds(app, "coffee", filter, 5)).containsExactly(expired.id());
  }

  // ---- pre-filtering: for each field, the k best matching documents, never a nearer non-match

  @Test
  void filtersByUser() {
    checkFilter(m -> m.userId("other"), f -> f);
  }

  @Test
  void filtersBySession() {
    checkFilter(m -> m.sessionId("s2"), f -> with(f, "session", "s1"), m -> m.sessionId("s1"));
  }

  @Test
  void filtersByAgent() {
    checkFilter(m -> m.agentId("a2"), f -> with(f, "agent", "a1"), m -> m.agentId("a1"));
  }

  @Test
  void filtersByRun() {
    checkFilter(m -> m.runId(null), f -> with(f, "run", "r1"), m -> m.runId("r1"));
  }

  @Test
  void filtersByAnyOfTypes() {
    checkFilter(
        m -> m.type(MemoryType.WORKING),
        f -> with(f, "types", Set.of(MemoryType.EPISODIC, MemoryType.PROCEDURAL)),
        m -> m.type(MemoryType.EPISODIC),
        m -> m.type(MemoryType.PROCEDURAL));
  }

  @Test
  void filtersByAnyOfCategories() {
    checkFilter(
        m -> m.category(null),
        f -> with(f, "categories", Set.of("food", "travel")),
        m -> m.category("food"),
        m -> m.category("travel"));
  }

  @Test
  void filtersByAnyOfTags() {
    checkFilter(
        m -> m.tags(List.of("work", "misc")),
        f -> with(f, "tags", Set.of("home", "family")),
        m -> m.tags(List.of("home")),
        m -> m.tags(List.of("misc", "family")));
  }

  @Test
  void filtersByStatusActiveOnlyByDefault() {
    checkFilter(m -> m.status(MemoryStatus.SUPERSEDED), f -> f, m -> m.status(MemoryStatus.ACTIVE));
    checkFilter(
        m -> m.status(MemoryStatus.ACTIVE),
        f -> f.withStatuses(Set.of(MemoryStatus.SUPERSEDED, MemoryStatus.DELETED)),
        m -> m.status(MemoryStatus.SUPERSEDED),
        m -> m.status(MemoryStatus.DELETED));
  }

  @Test
  void filtersByMinimumImportance() {
    checkFilter(
        m -> m.importance(6),
        f -> with(f, "minImportance", 7),
        m -> m.importance(7),
        m -> m.importance(10));
  }

  @Test
  void filtersByCreatedFromInclusiveAndCreatedToExclusive() {
    Instant from = NOW.minus(Duration.ofDays(2));
    Instant to = NOW.minus(Duration.ofDays(1));
    checkFilter(
        m -> m.createdAt(from.minusMillis(1)),
        f -> with(with(f, "createdFrom", from), "createdTo", to),
        m -> m.createdAt(from),
        m -> m.createdAt(to.minusNanos(1000)));
    checkFilter(
        m -> m.createdAt(to), f -> with(f, "createdTo", to), m -> m.createdAt(to.minusSeconds(1)));
  }

  @Test
  void filtersByValidityWithOpenEnds() {
    Instant at = NOW.minus(Duration.ofDays(1));
    checkFilter(
        m -> m.validFrom(at.plusSeconds(1)),
        f -> with(f, "validAt", at),
        m -> m.validFrom(null).validTo(null),
        m -> m.validFrom(at).validTo(null),
        m -> m.validFrom(null).validTo(at.plusSeconds(1)),
        m -> m.validFrom(at.minusSeconds(60)).validTo(at.plusMillis(1)));
    checkFilter(
        m -> m.validFrom(null).validTo(at), f -> with(f, "validAt", at), m -> m.validTo(null));
  }

  /**
   * Indexes, for one user, many non-matching documents identical to the query and a few matching
   * ones with falling similarity, then checks both searches return exactly the matching documents,
   * nearest first, and the best of them when k is smaller.
   *
   * @param nonMatching turns a document into one the filter must exclude
   * @param filter the filter under test, from the user's default filter
   * @param matching variants the filter must include (each used for two documents)
   */
  @SafeVarargs
  private void checkFilter(
      UnaryOperator<Memory.Builder> nonMatching,
      UnaryOperator<MemoryFilter> filter,
      UnaryOperator<Memory.Builder>... matching) {
    String app = app("filter");
    String text = "espresso beans from the corner roastery";
    List<Memory> noise = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      noise.add(nonMatching.apply(memory("u1", text)).build());
    }
    List<Memory> expected = new ArrayList<>();
    List<UnaryOperator<Memory.Builder>> variants =
        matching.length == 0 ? List.of(UnaryOperator.identity()) : List.of(matching);
    String[] contents = {
      "espresso beans from the corner shop",
      "espresso beans from a farm",
      "espresso every morning please",
      "espresso machine needs descaling",
    };
    int n = 0;
    for (UnaryOperator<Memory.Builder> variant : variants) {
      for (int copy = 0; copy < 2; copy++) {
        expected.add(
            variant.apply(memory("u1", contents[n++ % contents.length] + " " + n)).build());
      }
    }
    Memory otherUser = memory("u2", text).build();
    List<Memory> all = new ArrayList<>(noise);
    all.addAll(expected);
    all.add(otherUser);
    index.upsert(app, all.stream().map(IndexDocument::of).toList());
    MemoryFilter selected = filter.apply(MemoryFilter.user("u1"));
    Instant checkTime = NOW.plusSeconds(1);
    assertThat(expected).allMatch(m -> selected.matches(m, checkTime));
    assertThat(noise).noneMatch(m -> selected.matches(m, checkTime));

    List<String> vector = vectorIds(app, text, selected, 50);
    assertThat(vector).containsExactlyInAnyOrderElementsOf(ids(expected));
    List<IndexHit> top = index.vectorSearch(app, EMBEDDER.embed(text), selected, 2);
    assertThat(top).hasSize(2);
    assertThat(top.get(0).score()).isGreaterThanOrEqualTo(top.get(1).score());
    float best =
        (float)
            expected.stream()
                .mapToDouble(m -> cosine(EMBEDDER.embed(text), m.embedding()))
                .max()
                .orElseThrow();
    assertThat(top.get(0).score()).isCloseTo(best, within(1e-3f));

    List<String> keyword = keywordIds(app, "espresso", selected, 50);
    assertThat(keyword).containsExactlyInAnyOrderElementsOf(ids(expected));
    assertThat(keywordIds(app, "espresso", selected, 1)).hasSize(1).isSubsetOf(ids(expected));
  }

  private static List<String> ids(List<Memory> memories) {
    return memories.stream().map(Memory::id).toList();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** A copy of the filter with one field changed (by record component name). */
  private static MemoryFilter with(MemoryFilter f, String field, Object value) {
    return new MemoryFilter(
        f.userScope(),
        field.equals("session") ? (String) value : f.sessionId(),
        field.equals("agent") ? (String) value : f.agentId(),
        field.equals("run") ? (String) value : f.runId(),
        field.equals("types") ? cast(value) : f.types(),
        field.equals("categories") ? cast(value) : f.categories(),
        field.equals("tags") ? cast(value) : f.tags(),
        field.equals("minImportance") ? (Integer) value : f.minImportance(),
        field.equals("createdFrom") ? (Instant) value : f.createdFrom(),
        field.equals("createdTo") ? (Instant) value : f.createdTo(),
        field.equals("validAt") ? (Instant) value : f.validAt(),
        f.metadata(),
        f.statuses());
  }

  @SuppressWarnings("unchecked")
  private static <T> Set<T> cast(Object value) {
    return (Set<T>) value;
  }
}
