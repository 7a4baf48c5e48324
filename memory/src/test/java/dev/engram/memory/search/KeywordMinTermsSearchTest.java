package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@code engram.scoring.keyword-min-terms} in a hybrid search: when a query holds three or more
 * terms and the memories hold at least two of them, a memory that shares only one gains no keyword
 * share; a short query, or one whose only held word is one, keeps its single keyword match. The
 * keyword floor and the coverage floor are off here so that only this rule acts.
 */
class KeywordMinTermsSearchTest {
  private static final String APP = "app_min_terms";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();

  /** The in-memory index, with a full match worth ten shared words. */
  private final InMemoryMemoryIndex index =
      new InMemoryMemoryIndex() {
        @Override
        public OptionalDouble fullMatchScore(String appId, String text) {
          return OptionalDouble.of(10);
        }
      };

  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private void add(String... contents) {
    writer.add(APP, "test", List.of(contents).stream().map(c -> NewMemory.of("u1", c)).toList());
  }

  /** The keyword share of the memory with this content in a hybrid search for the query. */
  private double keyword(int minTerms, String query, String content) {
    return hit(minTerms, query, content).components().keyword();
  }

  /** The hit of the memory with this content in a hybrid search for the query. */
  private SearchHit hit(int minTerms, String query, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults()
                .withKeywordFloor(0)
                .withKeywordCoverageFloor(0)
                .withKeywordMinTerms(minTerms),
            clock,
            null);
    SearchRequest request =
        new SearchRequest(
            query, MemoryFilter.user("u1"), 10, null, null, SearchRequest.Mode.HYBRID, false);
    return search.search(APP, request).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void oneSharedWordOfALongerQueryGainsNothingWhenTheMemoriesHoldTwo() {
    String query = "Which medication do I need at breakfast time?";
    add(
        "User skips breakfast on weekdays",
        "User will need a passport",
        "User takes medication at breakfast");

    assertThat(ScoringConfiguration.defaults().keywordMinTerms()).isEqualTo(2);
    assertThat(keyword(0, query, "User skips breakfast on weekdays")).isPositive();
    assertThat(keyword(2, query, "User skips breakfast on weekdays")).isZero();
    assertThat(keyword(2, query, "User will need a passport")).isZero();
    assertThat(keyword(2, query, "User takes medication at breakfast"))
        .as("two shared words keep their share")
        .isPositive();
  }

  @Test
  void aQueryOfTwoTermsKeepsItsSingleWordMatches() {
    String query = "Where is the delivery address?";
    add("User address is Rua Augusta 1, Lisbon", "The last delivery was late");

    assertThat(keyword(2, query, "User address is Rua Augusta 1, Lisbon")).isPositive();
    assertThat(keyword(2, query, "The last delivery was late")).isPositive();
  }

  @Test
  void aLongerQueryOfWhichTheMemoriesHoldOneWordKeepsThatMatch() {
    String query = "When does the shop want deliveries?";
    String deliveries = "User prefers deliveries in the morning";
    add(deliveries, "User lives in Porto");

    assertThat(keyword(2, query, deliveries)).isPositive();

    add("User does not want calls after nine");
    assertThat(keyword(2, query, deliveries))
        .as("once the memories hold two of the query's words, one alone gains nothing")
        .isZero();
  }

  @Test
  void aQueryWhoseHitsHoldSingleWordsAndAWordNoMemoryHoldsRanksByMeaning() {
    String query = "Who is my manager?";
    String password = "User's password manager is Bitwarden";
    add(password, "User's team lead is Marcus");

    SearchHit hit = hit(2, query, password);
    assertThat(hit.components().keyword()).as("keyword search found it").isPositive();
    assertThat(hit.relevance())
        .as("'my' is in no memory and 'manager' alone in this one: the weight goes to the cosine")
        .isCloseTo(Math.max(hit.components().similarity(), 0), within(1e-9));
    SearchHit without = hit(0, query, password);
    assertThat(without.relevance())
        .as("min-terms off: the weighted mean with the keyword share")
        .isCloseTo(
            0.5 * Math.max(without.components().similarity(), 0)
                + 0.5 * without.components().keyword(),
            within(1e-9));
  }

  @Test
  void aQueryEveryWordOfWhichSomeMemoryHoldsKeepsItsKeywordWeight() {
    String query = "Where is the delivery address?";
    String address = "User address is Rua Augusta 1, Lisbon";
    add(address, "The last delivery was late");

    SearchHit hit = hit(2, query, address);
    assertThat(hit.relevance())
        .isCloseTo(
            0.5 * Math.max(hit.components().similarity(), 0) + 0.5 * hit.components().keyword(),
            within(1e-9));
  }
}
