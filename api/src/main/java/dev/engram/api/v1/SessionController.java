package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.IngestBodies.Buffered;
import dev.engram.api.v1.IngestBodies.MessageBody;
import dev.engram.api.v1.IngestBodies.SessionMessagesBody;
import dev.engram.memory.MemoryException;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.ingest.SessionBatcher;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The batcher: messages of a session accumulate until they make a conversation task. */
@ApiKeyOperations
@Controller("/v1/sessions")
@Tag(name = "Conversations")
final class SessionController {
  private final SessionBatcher batcher;

  SessionController(SessionBatcher batcher) {
    this.batcher = batcher;
  }

  /**
   * Appends one message ({@code role}, {@code content}) or several ({@code messages}) to the
   * session's durable buffer. At {@code engram.batcher.max-messages} buffered messages, or after
   * {@code engram.batcher.idle-timeout} without a message, the buffer becomes a conversation task.
   */
  @Operation(operationId = "appendSessionMessages")
  @Post("/{sessionId}/messages")
  @Status(HttpStatus.ACCEPTED)
  @Secured("memories:write")
  Buffered append(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable String sessionId,
      @Body SessionMessagesBody body) {
    List<NewConversation.Turn> turns;
    if (body.messages() != null) {
      if (body.role() != null || body.content() != null || body.name() != null) {
        throw MemoryException.invalid("messages", "send either role and content or messages");
      }
      turns = body.messages().stream().map(m -> m == null ? null : m.turn()).toList();
    } else {
      turns =
          List.of(
              new MessageBody(body.role(), body.content(), body.id(), body.createdAt(), body.name())
                  .turn());
    }
    SessionBatcher.Appended appended =
        batcher.append(scope.appId(), body.userId(), sessionId, turns);
    return new Buffered(appended.buffered(), appended.flushedTaskId().orElse(null));
  }
}
