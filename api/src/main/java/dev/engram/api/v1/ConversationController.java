package dev.engram.api.v1;

import dev.engram.analytics.tools.ToolService;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.IngestBodies.ConversationBody;
import dev.engram.api.v1.IngestBodies.Queued;
import dev.engram.memory.ingest.ConversationIngestion;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.task.Task;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Conversation ingestion: messages in, a task out; facts are extracted in the background. */
@ApiKeyOperations
@Controller("/v1/conversations")
@Tag(name = "Conversations")
final class ConversationController {
  private final ConversationIngestion ingestion;
  private final ToolService tools;

  ConversationController(ConversationIngestion ingestion, ToolService tools) {
    this.ingestion = ingestion;
    this.tools = tools;
  }

  /**
   * Queues a conversation of one user for extraction and resolution. The conversation is stored
   * with its task before the answer, so it survives a crash; poll {@code GET /v1/tasks/{id}}. With
   * {@code X-Engram-Tool} and no {@code agent_id}, the tool is the conversation's agent.
   */
  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "addConversation")
  @ApiResponse(
      responseCode = "202",
      description = "Queued: poll GET /v1/tasks/{id} (or wait with the SDKs)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Queued.class),
              examples = @ExampleObject(name = "addConversation", value = ResponseExamples.QUEUED)))
  @Post
  @Status(HttpStatus.ACCEPTED)
  @Secured("memories:write")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ConversationBody.class),
              examples = {
                @ExampleObject(
                    name = "conversation",
                    summary = "A partial conversation",
                    value =
                        "{\"user_id\":\"alice\",\"session_id\":\"s-42\",\"partial\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi! I live in Lisbon and I love surfing.\"},{\"role\":\"assistant\",\"content\":\"Nice! How can I help?\"},{\"role\":\"user\",\"content\":\"I am allergic to peanuts.\"}]}")
              }))
  HttpResponse<Queued> ingest(
      @Parameter(hidden = true) AppScope scope,
      @Body ConversationBody body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    String toolId = tools.attribution(scope.appId(), tool);
    NewConversation conversation = body.conversation();
    if (toolId != null && conversation.agentId() == null) {
      conversation =
          new NewConversation(
              conversation.userId(),
              conversation.sessionId(),
              toolId,
              conversation.messages(),
              conversation.partial());
    }
    Task task = ingestion.accept(scope.appId(), conversation);
    return HttpResponse.<Queued>status(HttpStatus.ACCEPTED)
        .header(HttpHeaders.LOCATION, "/v1/tasks/" + task.id())
        .body(new Queued(task.id(), task.status().value()));
  }
}
