package dev.engram.api.compat.elevenlabs;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An app's ElevenLabs integration.
 *
 * @param webhookSecret the HMAC secret ElevenLabs signs webhooks with
 * @param firstMessageTemplate the personalised first message, with {@code {{caller_id}}}, {@code
 *     {{top_memory}}}, {@code {{caller_summary}}} and {@code {{memory_count}}}; the default one
 *     when null
 * @param defaultAgentId the agent used when a webhook names none
 * @param updatedAt last change
 */
record ElevenLabsSettings(
    String webhookSecret,
    @Nullable String firstMessageTemplate,
    @Nullable String defaultAgentId,
    Instant updatedAt) {
  static final String DEFAULT_TEMPLATE =
      "Welcome back! Last time you mentioned: {{top_memory}}. How can I help you today?";

  String template() {
    return firstMessageTemplate == null || firstMessageTemplate.isBlank()
        ? DEFAULT_TEMPLATE
        : firstMessageTemplate;
  }
}
