package dev.engram.api.v1;

import dev.engram.analytics.tools.ToolService;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.MemoryViews.MemoryView;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.write.AgentMemoryRequest;
import dev.engram.memory.write.AgentMemoryWriter;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agent fast path: text or messages saved as-is, without duplicate/conflict resolution. */
@ApiKeyOperations
@Controller("/v1/agent-memories")
@Tag(name = "Memories")
final class AgentMemoryController {
  private static final Set<String> MESSAGE_FIELDS = Set.of("role", "content", "id");

  private final AgentMemoryWriter writer;
  private final ToolService tools;

  AgentMemoryController(AgentMemoryWriter writer, ToolService tools) {
    this.writer = writer;
    this.tools = tools;
  }

  /**
   * The request: {@code messages} is either one text or a list of {@code {role, content, id?}}
   * (roles user, assistant, system, tool). Unknown fields are rejected.
   */
  @Serdeable
  record AgentMemoryBody(
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable @Schema(description = "a text, or a list of {role, content, id?}") Object messages,
      @Nullable String type,
      @Nullable String category,
      @Nullable List<String> tags,
      @Nullable Integer importance,
      @Nullable Map<String, Object> metadata) {}

  /**
   * The new memories.
   *
   * @param ids their ids, in message order
   * @param memories the memories
   */
  @Serdeable
  record Saved(List<String> ids, List<MemoryView> memories) {}

  /**
   * Saves text or messages as memories as they are: a text becomes one memory (semantic by
   * default); a list becomes one memory per non-empty message (episodic by default), with the role
   * in {@code metadata.role} and provenance {@code {conversation_id: session_id, message_ids:
   * [id]}} (ids default to {@code m1}, {@code m2}, … by position). No resolution: duplicates are
   * stored too. The whole request is checked before anything is stored. With {@code X-Engram-Tool}
   * and no {@code agent_id}, the tool is the memories' agent.
   */
  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "addAgentMemory")
  @Post
  @Status(HttpStatus.CREATED)
  @Secured("memories:write")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AgentMemoryBody.class),
              examples = {
                @ExampleObject(
                    name = "text",
                    summary = "A text, saved as one memory",
                    value =
                        "{\"user_id\":\"alice\",\"agent_id\":\"planner\",\"messages\":\"Alice prefers window seats\",\"tags\":[\"travel\"]}"),
                @ExampleObject(
                    name = "messages",
                    summary = "Messages, one memory each",
                    value =
                        "{\"user_id\":\"alice\",\"session_id\":\"s7\",\"messages\":[{\"role\":\"user\",\"content\":\"I just adopted a dog\",\"id\":\"msg-1\"},{\"role\":\"assistant\",\"content\":\"Congratulations!\"}]}")
              }))
  Saved save(
      @Parameter(hidden = true) AppScope scope,
      @Body AgentMemoryBody body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    if (body.userId() == null) {
      throw MemoryException.invalid("user_id", "is required");
    }
    String toolId = tools.attribution(scope.appId(), tool);
    String text = null;
    List<Message> messages = null;
    switch (body.messages()) {
      case null -> throw MemoryException.invalid("messages", "is required: a text or a list");
      case String s -> text = s;
      case List<?> list -> messages = messages(list);
      default -> throw MemoryException.invalid("messages", "must be a text or a list of messages");
    }
    List<Memory> saved =
        writer.save(
            scope.appId(),
            scope.keyId(),
            new AgentMemoryRequest(
                body.userId(),
                body.sessionId(),
                body.agentId() == null ? toolId : body.agentId(),
                text,
                messages,
                body.type() == null ? null : MemoryRequests.type("type", body.type()),
                body.category(),
                body.tags(),
                body.importance(),
                body.metadata()));
    return new Saved(
        saved.stream().map(Memory::id).toList(), saved.stream().map(MemoryView::of).toList());
  }

  private static List<Message> messages(List<?> items) {
    List<Message> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String field = "messages[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        throw MemoryException.invalid(field, "must be an object {role, content, id?}");
      }
      for (Object key : item.keySet()) {
        if (!MESSAGE_FIELDS.contains(String.valueOf(key))) {
          throw MemoryException.invalid(
              field + "." + key, "unknown field; a message has role, content and id");
        }
      }
      String role = string(item.get("role"), field + ".role");
      String content = string(item.get("content"), field + ".content");
      Object id = item.get("id");
      if (id != null && !(id instanceof String)) {
        throw MemoryException.invalid(field + ".id", "must be a string");
      }
      out.add(new Message(id == null ? "m" + (i + 1) : (String) id, role, content, null));
    }
    return out;
  }

  private static String string(@Nullable Object value, String field) {
    if (value == null) {
      throw MemoryException.invalid(field, "is required");
    }
    if (!(value instanceof String s)) {
      throw MemoryException.invalid(field, "must be a string");
    }
    return s;
  }
}
