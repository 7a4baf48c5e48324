package dev.engram.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.v1.IngestBodies.ConversationBody;
import dev.engram.api.v1.IngestBodies.Queued;
import dev.engram.memory.ingest.ConversationIngestion;
import dev.engram.memory.task.Task;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Conversation ingestion: messages in, a task out; facts are extracted in the background. */
@Controller("/v1/conversations")
@Tag(name = "Conversations")
final class ConversationController {
  private final ConversationIngestion ingestion;

  ConversationController(ConversationIngestion ingestion) {
    this.ingestion = ingestion;
  }

  /**
   * Queues a conversation of one user for extraction and resolution. The conversation is stored
   * with its task before the answer, so it survives a crash; poll {@code GET /v1/tasks/{id}}.
   */
  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Post
  @Status(HttpStatus.ACCEPTED)
  @Secured("memories:write")
  HttpResponse<Queued> ingest(
      @Parameter(hidden = true) AppScope scope, @Body ConversationBody body) {
    Task task = ingestion.accept(scope.appId(), body.conversation());
    return HttpResponse.<Queued>status(HttpStatus.ACCEPTED)
        .header(HttpHeaders.LOCATION, "/v1/tasks/" + task.id())
        .body(new Queued(task.id(), task.status().value()));
  }
}
