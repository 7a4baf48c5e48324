package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Message;
import dev.engram.memory.summarize.Summary;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.FixedSummarizer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmSummarizerTest {
  private static final List<Message> MESSAGES =
      List.of(
          new Message("m1", "user", "My order 1234 arrived broken", null),
          new Message("m2", "assistant", "Sorry! I have sent a replacement.", null),
          new Message("m3", "user", "Thanks, please ship it express", null));

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
  private final LlmSummarizer summarizer =
      new LlmSummarizer(
          LlmFixtures.chat(fixture, new SimpleMeterRegistry()), new FixedSummarizer());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void writesTheFastSummaryTheModelAnswers() {
    fixture.answer(
        "{\"summary\": \"Order 1234 arrived broken; a replacement ships express.\","
            + " \"message_ids\": [\"m1\", \"m3\", \"m42\"]}");

    Summary summary = summarizer.summarize(MESSAGES, true);

    assertThat(summary.content())
        .isEqualTo("Order 1234 arrived broken; a replacement ships express.");
    assertThat(summary.engine()).isEqualTo("llm");
    assertThat(summary.messageIds()).containsExactly("m1", "m3");
    assertThat(fixture.requests().getFirst().system()).contains("at most three sentences");
    assertThat(fixture.requests().getFirst().lastUserMessage()).contains("[m2] assistant: Sorry!");
  }

  @Test
  void writesTheFullSummaryWithItsSections() {
    fixture.answer(
        """
        {"summary": "A broken order was replaced.", "key_points": ["order 1234 broken"],
         "decisions": ["replacement ships express"], "open_questions": []}""");

    Summary summary = summarizer.summarize(MESSAGES, false);

    assertThat(summary.content())
        .isEqualTo(
            "A broken order was replaced.\n\nKey points:\n- order 1234 broken"
                + "\n\nDecisions:\n- replacement ships express");
    assertThat(summary.messageIds()).containsExactly("m1", "m2", "m3");
    assertThat(fixture.requests().getFirst().system()).contains("open questions");
  }

  @Test
  void fallsBackToTheExtractiveSummaryLabelledAsSuch() {
    fixture.fail(500).fail(500);

    Summary summary = summarizer.summarize(MESSAGES, true);

    assertThat(summary.content()).isEqualTo("My order 1234 arrived broken");
    assertThat(summary.engine()).isEqualTo("rules (llm fallback: HTTP 500 after a retry)");
    assertThat(summary.messageIds()).containsExactly("m1");
  }
}
