package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Fact;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.FixedExtractor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmExtractorTest {
  private static final String EPISODIC = "behaviour and preferences";
  private static final String SUMMARY = "looks for the narrative";
  private static final Conversation CONVERSATION =
      new Conversation(
          "conv1",
          "u1",
          null,
          null,
          List.of(
              new Message("m1", "user", "I always book window seats", null),
              new Message("m2", "assistant", "Noted, window seats it is.", null),
              new Message("m3", "user", "I fly to Lisbon on 3 March for the conference", null)));
  private static final Fact RULE_FACT =
      new Fact("User said something", MemoryType.EPISODIC, null, 5, List.of("m1"));

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
  private final FixedExtractor rules = new FixedExtractor(List.of(RULE_FACT));
  private final LlmExtractor extractor =
      new LlmExtractor(LlmFixtures.chat(fixture, new SimpleMeterRegistry()), rules);

  @AfterEach
  void close() {
    extractor.close();
    fixture.close();
  }

  @Test
  void runsTheEpisodicAndSummaryPassesInParallel() {
    Duration delay = Duration.ofMillis(500);
    fixture
        .answerWhenSystemContains(
            EPISODIC,
            """
            {"facts": [{"content": "User prefers window seats", "type": "semantic",
              "category": "Preference", "importance": 6, "message_ids": ["m1"]}]}""",
            delay)
        .answerWhenSystemContains(
            SUMMARY,
            """
            {"facts": [{"content": "User flies to Lisbon on 3 March for a conference",
              "type": "episodic", "category": "plan", "importance": 7, "message_ids": ["m3"]}]}""",
            delay);

    List<Fact> facts = extractor.extract(CONVERSATION);

    assertThat(fixture.requests()).hasSize(2);
    assertThat(fixture.maxInFlight()).isEqualTo(2);
    assertThat(facts)
        .containsExactly(
            new Fact(
                "User prefers window seats", MemoryType.SEMANTIC, "preference", 6, List.of("m1")),
            new Fact(
                "User flies to Lisbon on 3 March for a conference",
                MemoryType.EPISODIC,
                "plan",
                7,
                List.of("m3")));
    assertThat(fixture.requests())
        .allSatisfy(
            r -> assertThat(r.lastUserMessage()).contains("[m1] user: I always book window seats"));
    assertThat(rules.calls()).isZero();
  }

  @Test
  void dropsMessageIdsThatAreNotTheConversationsButKeepsTheFact() {
    fixture
        .answerWhenSystemContains(
            EPISODIC,
            """
            {"facts": [{"content": "User prefers window seats", "type": "semantic",
              "importance": 6, "message_ids": ["m1", "m9", "msg-1"]},
              {"content": "User travels a lot", "type": "semantic", "importance": 4,
              "message_ids": ["m7"]}]}""")
        .answerWhenSystemContains(SUMMARY, "{\"facts\": []}");

    List<Fact> facts = extractor.extract(CONVERSATION);

    assertThat(facts)
        .extracting(Fact::content)
        .containsExactly("User prefers window seats", "User travels a lot");
    assertThat(facts.get(0).messageIds()).containsExactly("m1");
    assertThat(facts.get(1).messageIds()).isEmpty();
  }

  @Test
  void mergesExactDuplicatesOfTheTwoPasses() {
    fixture
        .answerWhenSystemContains(
            EPISODIC,
            """
            {"facts": [{"content": "User flies to Lisbon in March", "type": "episodic",
              "importance": 5, "message_ids": ["m3"]}]}""")
        .answerWhenSystemContains(
            SUMMARY,
            """
            {"facts": [{"content": "user flies to  Lisbon in March", "type": "episodic",
              "importance": 8, "message_ids": ["m1", "m3"]}]}""");

    List<Fact> facts = extractor.extract(CONVERSATION);

    assertThat(facts)
        .containsExactly(
            new Fact(
                "User flies to Lisbon in March",
                MemoryType.EPISODIC,
                null,
                8,
                List.of("m3", "m1")));
  }

  @Test
  void retriesAPassWhoseFactsAreInvalid() {
    fixture
        .answerWhenSystemContains(
            EPISODIC,
            "{\"facts\": [{\"content\": \"User likes tea\", \"type\": \"mood\", \"importance\": 5}]}")
        .answerWhenSystemContains(
            EPISODIC,
            "{\"facts\": [{\"content\": \"User likes tea\", \"type\": \"semantic\", \"importance\": 5}]}")
        .answerWhenSystemContains(SUMMARY, "{\"facts\": []}");

    List<Fact> facts = extractor.extract(CONVERSATION);

    assertThat(facts).extracting(Fact::type).containsExactly(MemoryType.SEMANTIC);
    assertThat(fixture.requests()).hasSize(3);
    assertThat(fixture.requests())
        .anySatisfy(
            r -> assertThat(r.lastUserMessage()).contains("facts[0]: \"type\" must be one of"));
  }

  @Test
  void fallsBackToTheRulesWhenAPassFails() {
    fixture
        .answerWhenSystemContains(SUMMARY, "{\"facts\": []}")
        .answerWhenSystemContains(EPISODIC, "not json")
        .answerWhenSystemContains(EPISODIC, "{\"facts\": [{\"importance\": 11}]}");

    List<Fact> facts = extractor.extract(CONVERSATION);

    assertThat(facts).containsExactly(RULE_FACT);
    assertThat(rules.calls()).isEqualTo(1);
  }

  @Test
  void asksNothingForAnEmptyConversation() {
    assertThat(extractor.extract(new Conversation("c", "u1", null, null, List.of()))).isEmpty();
    assertThat(fixture.requests()).isEmpty();
  }
}
