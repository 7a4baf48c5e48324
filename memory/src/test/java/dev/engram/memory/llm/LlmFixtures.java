package dev.engram.memory.llm;

import dev.engram.memory.testing.ChatCompletionsFixture;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/** Engines of this package wired to a {@link ChatCompletionsFixture}. */
final class LlmFixtures {
  private LlmFixtures() {}

  static LlmConfiguration openAi(ChatCompletionsFixture fixture, Duration timeout) {
    return new LlmConfiguration(
        "openai", fixture.url(), "test-key", "test-model", timeout, 0, 512, Duration.ofSeconds(2));
  }

  static JsonChat chat(LlmConfiguration configuration, MeterRegistry registry) {
    return new JsonChat(ChatModelFactory.build(configuration), configuration, registry);
  }

  static JsonChat chat(ChatCompletionsFixture fixture, MeterRegistry registry) {
    return chat(openAi(fixture, Duration.ofSeconds(5)), registry);
  }
}
