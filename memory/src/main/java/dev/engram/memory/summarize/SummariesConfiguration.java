package dev.engram.memory.summarize;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/**
 * Limits of summary requests ({@code POST /v1/summaries}); each message's content is bounded by
 * {@code engram.memory.max-content-length}.
 *
 * @param maxMessages most messages one summary request may give
 */
@ConfigurationProperties("engram.summaries")
public record SummariesConfiguration(@Positive @Bindable(defaultValue = "500") int maxMessages) {
  public SummariesConfiguration {
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be positive");
    }
  }
}
