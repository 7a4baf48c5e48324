package dev.engram.memory.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Builds the LangChain4j chat model of the configured provider. LangChain4j's own retries are off:
 * {@link JsonChat} retries once itself, honouring {@code Retry-After}.
 */
@Factory
final class ChatModelFactory {

  /** Built at start-up, so that a wrong provider stops the application with a clear message. */
  @Context
  @Requires(property = "engram.llm.provider")
  ChatModel chatModel(LlmConfiguration configuration) {
    return build(configuration);
  }

  @Singleton
  @Requires(property = "engram.llm.provider")
  JsonChat jsonChat(
      ChatModel model,
      LlmConfiguration configuration,
      @Nullable MeterRegistry registry,
      @Nullable LlmCallBudget budget) {
    return new JsonChat(model, configuration, registry, budget);
  }

  /** The chat model for a configuration that names a provider. */
  static ChatModel build(LlmConfiguration configuration) {
    LlmProvider provider =
        configuration
            .llmProvider()
            .orElseThrow(() -> new IllegalStateException("engram.llm.provider is not set"));
    String baseUrl = configuration.effectiveBaseUrl().orElseThrow();
    String model = configuration.effectiveModel().orElseThrow();
    var http = LlmHttpClient.builder(configuration.timeout());
    return switch (provider) {
      case OPENAI ->
          OpenAiChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(baseUrl)
              .apiKey(configuration.apiKey() == null ? "none" : configuration.apiKey())
              .modelName(model)
              .temperature(configuration.temperature())
              .maxTokens(configuration.maxTokens())
              .responseFormat(ResponseFormat.JSON)
              .timeout(configuration.timeout())
              .maxRetries(0)
              .build();
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(baseUrl)
              .apiKey(configuration.apiKey() == null ? "none" : configuration.apiKey())
              .modelName(model)
              .temperature(configuration.temperature())
              .maxTokens(configuration.maxTokens())
              .timeout(configuration.timeout())
              .maxRetries(0)
              .build();
      case OLLAMA ->
          OllamaChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(baseUrl)
              .modelName(model)
              .temperature(configuration.temperature())
              .numPredict(configuration.maxTokens())
              .responseFormat(ResponseFormat.JSON)
              .timeout(configuration.timeout())
              .maxRetries(0)
              .build();
    };
  }
}
