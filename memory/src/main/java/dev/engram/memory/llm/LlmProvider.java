package dev.engram.memory.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The chat-model providers Engram can talk to, by the value of {@code engram.llm.provider}. */
public enum LlmProvider {
  /** Any OpenAI-compatible chat-completions endpoint. */
  OPENAI("openai", "https://api.openai.com/v1", "gpt-4o-mini"),
  /** Anthropic's messages API. */
  ANTHROPIC("anthropic", "https://api.anthropic.com/v1", "claude-3-5-haiku-latest"),
  /** A local Ollama server. */
  OLLAMA("ollama", "http://localhost:11434", "llama3.1");

  private final String id;
  private final String defaultBaseUrl;
  private final String defaultModel;

  LlmProvider(String id, String defaultBaseUrl, String defaultModel) {
    this.id = id;
    this.defaultBaseUrl = defaultBaseUrl;
    this.defaultModel = defaultModel;
  }

  /** The configuration value ({@code openai}, {@code anthropic}, {@code ollama}). */
  public String id() {
    return id;
  }

  String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  String defaultModel() {
    return defaultModel;
  }

  /**
   * The provider named by a configuration value.
   *
   * @throws IllegalArgumentException naming the accepted values when the name is unknown
   */
  public static LlmProvider parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (LlmProvider provider : values()) {
      if (provider.id.equals(wanted)) {
        return provider;
      }
    }
    throw new IllegalArgumentException(
        "engram.llm.provider: unknown provider '"
            + name
            + "'; use one of "
            + Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", "))
            + ", or leave it unset for the rule engine");
  }
}
