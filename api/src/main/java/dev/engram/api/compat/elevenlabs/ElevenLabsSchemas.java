package dev.engram.api.compat.elevenlabs;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the ElevenLabs webhook answers, for the OpenAPI document only: the controller
 * answers maps in ElevenLabs' own format (docs/compatibility.md).
 */
final class ElevenLabsSchemas {
  private ElevenLabsSchemas() {}

  @Schema(description = "The variables the agent's prompt and first message can use")
  record DynamicVariables(
      String callerId,
      @Nullable String agentId,
      boolean returningCaller,
      long memoryCount,
      String callerSummary,
      @Nullable @Schema(description = "llm, template or template (llm fallback: …)")
          String firstMessageSource) {}

  @Schema(description = "ElevenLabs' conversation initiation data for a caller")
  record ClientData(
      @Schema(description = "conversation_initiation_client_data") String type,
      DynamicVariables dynamicVariables,
      @Nullable @Schema(description = "{agent: {first_message}} when the app has a first message")
          Map<String, Object> conversationConfigOverride) {}

  @Schema(description = "A memory of the caller found for the agent's tool call")
  record Found(
      String memory,
      double relevance,
      String timestamp,
      @Nullable String conversationId,
      @Nullable String agentId) {}

  @Schema(description = "The caller's memories that match the tool call's query")
  record SearchResult(List<Found> results, String summary, List<String> searchedAgents) {}

  @Schema(description = "What happened to the post-call transcript")
  record PostCall(
      @Schema(description = "accepted, duplicate or ignored") String status,
      @Nullable String conversationId,
      @Nullable @Schema(description = "the ingestion tasks, when accepted") List<String> taskIds,
      @Nullable @Schema(description = "the webhook type, when ignored") String type) {}
}
