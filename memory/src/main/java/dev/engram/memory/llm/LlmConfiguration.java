package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Which LLM, if any, extracts facts, resolves conflicts, summarizes and answers. Without {@code
 * provider} the rule engine does all of it; with one, the LLM engines do and fall back to the rule
 * engine on any failure.
 *
 * @param provider {@code openai} (any OpenAI-compatible chat-completions endpoint), {@code
 *     anthropic} or {@code ollama}; when unset, the rule engine is used
 * @param baseUrl base URL of the provider's API; defaults to {@code https://api.openai.com/v1},
 *     {@code https://api.anthropic.com/v1} or {@code http://localhost:11434} by provider
 * @param apiKey API key sent to the provider (not needed for Ollama); never shown in /health
 * @param model model name; defaults to {@code gpt-4o-mini}, {@code claude-3-5-haiku-latest} or
 *     {@code llama3.1} by provider
 * @param timeout time allowed for one LLM call before it counts as failed
 * @param temperature sampling temperature; 0 keeps decisions repeatable
 * @param maxTokens most tokens the model may write in one answer
 * @param maxRetryWait longest wait before the one retry of a rate-limited (429) or failed (5xx)
 *     call; a longer {@code Retry-After} is cut to it
 */
@ConfigurationProperties("engram.llm")
public record LlmConfiguration(
    @Nullable String provider,
    @Nullable String baseUrl,
    @Nullable String apiKey,
    @Nullable String model,
    @Bindable(defaultValue = "30s") Duration timeout,
    @Bindable(defaultValue = "0") double temperature,
    @Positive @Bindable(defaultValue = "1024") int maxTokens,
    @Bindable(defaultValue = "5s") Duration maxRetryWait) {

  public LlmConfiguration {
    requireNonNull(timeout, "timeout is null");
    requireNonNull(maxRetryWait, "maxRetryWait is null");
    check(timeout.isPositive(), "timeout must be positive");
    check(temperature >= 0 && temperature <= 2, "temperature must be within 0..2");
    check(maxTokens > 0, "maxTokens must be positive");
    check(!maxRetryWait.isNegative(), "maxRetryWait must not be negative");
    if (provider != null && !provider.isBlank()) {
      LlmProvider.parse(provider);
    }
  }

  /** No LLM: the rule engine decides. */
  public static LlmConfiguration none() {
    return new LlmConfiguration(
        null, null, null, null, Duration.ofSeconds(30), 0, 1024, Duration.ofSeconds(5));
  }

  /** The configured provider, when there is one. */
  public Optional<LlmProvider> llmProvider() {
    return Optional.ofNullable(provider).filter(p -> !p.isBlank()).map(LlmProvider::parse);
  }

  /** The base URL in use: the configured one or the provider's default. */
  public Optional<String> effectiveBaseUrl() {
    return llmProvider()
        .map(p -> baseUrl == null || baseUrl.isBlank() ? p.defaultBaseUrl() : baseUrl);
  }

  /** The model in use: the configured one or the provider's default. */
  public Optional<String> effectiveModel() {
    return llmProvider().map(p -> model == null || model.isBlank() ? p.defaultModel() : model);
  }

  @Override
  public String toString() {
    return "LlmConfiguration[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "none" : "***")
        + ", model="
        + model
        + ", timeout="
        + timeout
        + "]";
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("engram.llm: " + message);
    }
  }
}
