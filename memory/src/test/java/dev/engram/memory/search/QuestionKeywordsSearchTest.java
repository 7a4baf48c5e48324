package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyword side of a question leaves out its question syntax ({@link KeywordQuery}). */
class QuestionKeywordsSearchTest {
  private static final String APP = "app_questions";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private double keyword(ScoringConfiguration config, String query, String content) {
    MemorySearch search = new MemorySearch(store, index, embedder, config, clock, null);
    return search.search(APP, SearchRequest.of(query, MemoryFilter.user("u1"), 10)).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow()
        .components()
        .keyword();
  }

  private static ScoringConfiguration questionKeywords(boolean on) {
    return ScoringConfiguration.defaults().with(s -> s.questionKeywords = on);
  }

  @Test
  void aMemoryThatSharesOnlyTheQuestionWordsGetsNoKeywordScore() {
    String fact = "Caroline researched adoption agencies, research for her family";
    String chatter = "What did you do? What did she say?";
    writer.add(APP, "test", List.of(NewMemory.of("u1", fact), NewMemory.of("u1", chatter)));
    String query = "What did Caroline research?";

    assertThat(ScoringConfiguration.defaults().questionKeywords()).isTrue();
    assertThat(keyword(questionKeywords(false), query, chatter)).isEqualTo(1.0);
    assertThat(keyword(questionKeywords(true), query, chatter)).isZero();
    assertThat(keyword(questionKeywords(true), query, fact)).isEqualTo(1.0);
  }

  @Test
  void aNoteThatSharesOnlyTheRoleNamingThePersonAskedAboutGetsNoKeywordScore() {
    String fact = "User address is Rua Augusta 1, Lisbon";
    String note = "Customer was offered a 10% discount on the next order";
    writer.add(APP, "test", List.of(NewMemory.of("u1", fact), NewMemory.of("u1", note)));
    String query = "What is the customer's address?";

    assertThat(keyword(questionKeywords(false), query, note)).isPositive();
    assertThat(keyword(questionKeywords(true), query, note)).isZero();
    assertThat(keyword(questionKeywords(true), query, fact)).isEqualTo(1.0);
  }
}
