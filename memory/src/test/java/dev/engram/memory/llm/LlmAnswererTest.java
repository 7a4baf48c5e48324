package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.answer.Answer;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.FixedAnswerer;
import dev.engram.memory.testing.Memories;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmAnswererTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final List<Memory> MEMORIES =
      List.of(
          Memories.memory("u1", "User lives in Lisbon", NOW).id("mem_city").build(),
          Memories.memory("u1", "User prefers express shipping", NOW).id("mem_ship").build());

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
  private final LlmAnswerer answerer =
      new LlmAnswerer(LlmFixtures.chat(fixture, new SimpleMeterRegistry()), new FixedAnswerer());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void answersFromTheMemoriesCitingTheirIds() {
    fixture.answer(
        "{\"answer\": \"Ship it express to Lisbon.\", \"cited_ids\": [\"mem_ship\", \"mem_city\"]}");

    Answer answer = answerer.answer("How should we ship the parcel?", MEMORIES);

    assertThat(answer.text()).isEqualTo("Ship it express to Lisbon.");
    assertThat(answer.citedIds()).containsExactly("mem_ship", "mem_city");
    assertThat(answer.engine()).isEqualTo("llm");
    assertThat(answer.note()).isNull();
    assertThat(fixture.requests().getFirst().lastUserMessage())
        .contains("Question: How should we ship the parcel?")
        .contains("mem_city", "User lives in Lisbon");
  }

  @Test
  void treatsACitationOfAnotherMemoryAsInvalid() {
    fixture
        .answer("{\"answer\": \"Lisbon.\", \"cited_ids\": [\"mem_invented\"]}")
        .answer("{\"answer\": \"Lisbon.\", \"cited_ids\": [\"mem_city\"]}");

    Answer answer = answerer.answer("Where does the user live?", MEMORIES);

    assertThat(answer.citedIds()).containsExactly("mem_city");
    assertThat(fixture.requests().get(1).lastUserMessage())
        .contains("mem_invented, which is not one of the memories' ids");
  }

  @Test
  void fallsBackToTheRulesWhenTheModelKeepsCitingOtherMemories() {
    fixture
        .answer("{\"answer\": \"Lisbon.\", \"cited_ids\": [\"mem_invented\"]}")
        .answer("{\"answer\": \"Lisbon.\", \"cited_ids\": [\"mem_invented\"]}");

    Answer answer = answerer.answer("Where does the user live?", MEMORIES);

    assertThat(answer.text()).isNull();
    assertThat(answer.citedIds()).containsExactly("mem_city", "mem_ship");
    assertThat(answer.engine()).startsWith("rules (llm fallback: invalid output twice");
    assertThat(answer.note()).isEqualTo(FixedAnswerer.NOTE);
  }

  @Test
  void asksNothingWithoutMemories() {
    Answer answer = answerer.answer("Where does the user live?", List.of());

    assertThat(answer.text()).isNull();
    assertThat(answer.note()).isEqualTo("no memory matched the query");
    assertThat(fixture.requests()).isEmpty();
  }
}
