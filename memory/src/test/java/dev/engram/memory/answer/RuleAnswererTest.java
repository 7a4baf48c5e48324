package dev.engram.memory.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Memory;
import dev.engram.memory.testing.Memories;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleAnswererTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final RuleAnswerer answerer = new RuleAnswerer();

  @Test
  void citesEveryMemoryGivenInOrderAndWritesNoText() {
    Memory shipping = Memories.memory("u1", "Prefers express shipping", NOW).build();
    Memory city = Memories.memory("u1", "Lives in Lisbon", NOW).build();

    Answer answer = answerer.answer("where does the user live?", List.of(city, shipping));

    assertThat(answer.text()).isNull();
    assertThat(answer.citedIds()).containsExactly(city.id(), shipping.id());
    assertThat(answer.engine()).isEqualTo("rules").isEqualTo(answerer.engine());
    assertThat(answer.note()).contains("no LLM is configured");
  }

  @Test
  void saysSoWhenNothingMatches() {
    Answer answer = answerer.answer("anything?", List.of());

    assertThat(answer.citedIds()).isEmpty();
    assertThat(answer.note()).contains("no LLM is configured").contains("no memory matches");
  }
}
