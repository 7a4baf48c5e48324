package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.ingest.Conversation;
import dev.engram.memory.ingest.Extractor;
import dev.engram.memory.ingest.Fact;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.FixedExtractor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engines carry the app with each LLM call to the budget, whatever thread makes it (the
 * extractor's two passes run on threads of their own); a refused call is never sent, and the engine
 * falls back to its rules.
 */
class LlmCallBudgetTest {
  private static final Conversation CONVERSATION =
      new Conversation(
          "conv1",
          "u1",
          null,
          null,
          List.of(new Message("m1", "user", "I book window seats", null)));
  private static final Fact RULE_FACT =
      new Fact("User books window seats", MemoryType.SEMANTIC, null, 5, List.of("m1"));

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
  private final List<String> taken = Collections.synchronizedList(new ArrayList<>());
  private int allowed = Integer.MAX_VALUE;
  private final LlmCallBudget budget =
      appId -> {
        synchronized (taken) {
          if (taken.size() >= allowed) {
            throw new IllegalStateException("llm_calls_per_day of " + appId + " reached");
          }
          taken.add(appId);
        }
      };
  private final LlmConfiguration configuration = LlmFixtures.openAi(fixture, Duration.ofSeconds(5));
  private final LlmExtractor extractor =
      new LlmExtractor(
          new JsonChat(
              ChatModelFactory.build(configuration),
              configuration,
              new SimpleMeterRegistry(),
              budget),
          new FixedExtractor(List.of(RULE_FACT)));

  @AfterEach
  void close() {
    extractor.close();
    fixture.close();
  }

  @Test
  void eachCallOfAnAppBoundEngineIsTakenForThatApp() {
    fixture.answer("{\"facts\": []}").answer("{\"facts\": []}");

    extractor.forApp("app_a").extract(CONVERSATION);

    assertThat(taken).containsExactly("app_a", "app_a");
    assertThat(fixture.requests()).hasSize(2);
  }

  @Test
  void anUnboundEngineCountsNothing() {
    fixture.answer("{\"facts\": []}").answer("{\"facts\": []}");

    extractor.extract(CONVERSATION);

    assertThat(taken).isEmpty();
  }

  @Test
  void aRefusedCallIsNotSentAndTheRulesDecide() {
    allowed = 0;

    Extractor bound = extractor.forApp("app_b");
    List<Fact> facts = bound.extract(CONVERSATION);

    assertThat(fixture.requests()).isEmpty();
    assertThat(facts).containsExactly(RULE_FACT);
  }
}
