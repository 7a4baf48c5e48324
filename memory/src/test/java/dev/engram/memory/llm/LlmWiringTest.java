package dev.engram.memory.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.answer.Answerer;
import dev.engram.memory.evolve.Resolver;
import dev.engram.memory.ingest.Extractor;
import dev.engram.memory.summarize.Summarizer;
import dev.engram.memory.testing.ChatCompletionsFixture;
import dev.engram.memory.testing.FixedAnswerer;
import dev.engram.memory.testing.FixedExtractor;
import dev.engram.memory.testing.FixedSummarizer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which engines the application context makes: the rule engine alone without a provider, the LLM
 * engines (primary, with the rule engines as their fallbacks) with one.
 */
class LlmWiringTest {

  @Test
  void theRuleResolverDecidesWithoutAProvider() {
    try (ApplicationContext context = ApplicationContext.run()) {
      Resolver resolver = context.getBean(Resolver.class);

      assertThat(resolver.resolve("User likes tea", List.of()).engine()).isEqualTo("rules");
      assertThat(context.containsBean(JsonChat.class)).isFalse();
    }
  }

  @Test
  void theLlmEnginesArePrimaryWithAProviderAndTheRulesStayAvailable() {
    try (ChatCompletionsFixture fixture = ChatCompletionsFixture.start();
        ApplicationContext context =
            ApplicationContext.run(
                Map.of("engram.llm.provider", "openai", "engram.llm.base-url", fixture.url()))) {
      // stand-ins for the rule engines of other packages, where they are not there (yet)
      registerIfMissing(context, Extractor.class, new FixedExtractor(List.of()));
      registerIfMissing(context, Summarizer.class, new FixedSummarizer());
      registerIfMissing(context, Answerer.class, new FixedAnswerer());

      assertThat(context.getBean(Resolver.class)).isInstanceOf(LlmResolver.class);
      assertThat(context.getBean(Resolver.class, Qualifiers.byName("rules")))
          .isNotInstanceOf(LlmResolver.class);
      assertThat(context.getBean(Extractor.class)).isInstanceOf(LlmExtractor.class);
      assertThat(context.getBean(Summarizer.class)).isInstanceOf(LlmSummarizer.class);
      assertThat(context.getBean(Answerer.class)).isInstanceOf(LlmAnswerer.class);
    }
  }

  private static <T> void registerIfMissing(ApplicationContext context, Class<T> type, T fake) {
    if (!context.containsBean(type, Qualifiers.byName("rules"))) {
      context.registerSingleton(type, fake, Qualifiers.byName("rules"));
    }
  }
}
