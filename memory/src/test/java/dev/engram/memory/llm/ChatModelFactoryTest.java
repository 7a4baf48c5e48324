package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.evolve.Resolver.Decision;
import dev.engram.memory.evolve.TestResolvers;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.Memories;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatModelFactoryTest {
  private static final String REINFORCE =
      "{\"action\": \"REINFORCE\", \"target_id\": \"mem_a\", \"reason\": \"same fact\"}";
  private static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate(
              Memories.memory("u1", "User likes tea", Instant.EPOCH).id("mem_a").build(), 0.9));

  private final ChatCompletionsFixture fixture = ChatCompletionsFixture.start();

  @AfterEach
  void close() {
    fixture.close();
  }

  private Decision resolveWith(String provider, String baseUrl) {
    LlmConfiguration configuration =
        new LlmConfiguration(
            provider, baseUrl, "secret", "m-1", Duration.ofSeconds(5), 0, 256, Duration.ZERO);
    return new LlmResolver(LlmFixtures.chat(configuration, null), TestResolvers.rules())
        .resolve("User enjoys tea", CANDIDATES);
  }

  @Test
  void drivesAnthropicsMessagesApi() {
    fixture.answer(REINFORCE);

    Decision decision = resolveWith("anthropic", fixture.url());

    assertThat(decision.action()).isEqualTo(Action.REINFORCE);
    assertThat(decision.engine()).isEqualTo("llm");
    ChatCompletionsFixture.Request request = fixture.requests().getFirst();
    assertThat(request.provider()).isEqualTo("anthropic");
    assertThat(request.model()).isEqualTo("m-1");
    assertThat(request.authorization()).contains("secret");
    assertThat(request.system()).contains("long-term memory");
  }

  @Test
  void drivesOllamasChatApiInJsonMode() {
    fixture.answer(REINFORCE);

    Decision decision = resolveWith("ollama", fixture.root());

    assertThat(decision.action()).isEqualTo(Action.REINFORCE);
    ChatCompletionsFixture.Request request = fixture.requests().getFirst();
    assertThat(request.provider()).isEqualTo("ollama");
    assertThat(request.jsonMode()).isTrue();
  }

  @Test
  void defaultsTheBaseUrlAndModelByProvider() {
    LlmConfiguration anthropic =
        new LlmConfiguration(
            "Anthropic", null, null, null, Duration.ofSeconds(1), 0, 1, Duration.ZERO);

    assertThat(anthropic.llmProvider()).contains(LlmProvider.ANTHROPIC);
    assertThat(anthropic.effectiveBaseUrl()).contains("https://api.anthropic.com/v1");
    assertThat(anthropic.effectiveModel()).contains("claude-3-5-haiku-latest");
    assertThat(LlmConfiguration.none().llmProvider()).isEmpty();
  }

  @Test
  void keepsTheApiKeyOutOfToString() {
    LlmConfiguration configuration =
        new LlmConfiguration(
            "openai", null, "sk-very-secret", null, Duration.ofSeconds(1), 0, 1, Duration.ZERO);

    assertThat(configuration.toString()).doesNotContain("sk-very-secret");
  }

  @Test
  void refusesToStartWithAnUnknownProvider() {
    assertThatThrownBy(
            () -> {
              try (ApplicationContext context =
                  ApplicationContext.run(Map.of("engram.llm.provider", "gpt"))) {
                context.getBean(LlmConfiguration.class);
              }
            })
        .isInstanceOf(BeanInstantiationException.class)
        .rootCause()
        .hasMessageContaining("unknown provider 'gpt'")
        .hasMessageContaining("openai, anthropic, ollama");
  }
}
