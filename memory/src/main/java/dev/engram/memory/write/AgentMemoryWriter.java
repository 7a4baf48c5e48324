package dev.engram.memory.write;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import dev.engram.memory.Source;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent fast path (DESIGN.md § 4, write path 3): text or messages saved as-is, no conflict
 * resolution. A text becomes one memory; a list of messages becomes one memory per non-empty
 * message, with its role in the metadata and its provenance (session id, message id). The whole
 * request is validated before anything is stored, then written as one batch.
 */
@Singleton
public class AgentMemoryWriter {
  /** Roles a message may have. */
  public static final Set<String> ROLES = Set.of("user", "assistant", "system", "tool");

  private final MemoryWriter writer;

  public AgentMemoryWriter(MemoryWriter writer) {
    this.writer = writer;
  }

  /** Validates and stores; returns the new memories in message order. */
  public List<Memory> save(String appId, String actor, AgentMemoryRequest request) {
    return writer.add(appId, actor, batch(request));
  }

  /** The memories a request stands for; throws naming the field at fault. */
  public List<NewMemory> batch(AgentMemoryRequest request) {
    MemoryValidator validator = writer.validator();
    if (request.text() != null && request.messages() != null) {
      throw MemoryException.invalid("messages", "give either one text or a list of messages");
    }
    List<NewMemory> batch = new ArrayList<>();
    if (request.text() != null) {
      validator.content("messages", request.text());
      batch.add(
          memory(
              request,
              request.text(),
              request.metadata(),
              request.sessionId() == null ? null : new Source(request.sessionId(), List.of()),
              MemoryType.SEMANTIC));
    } else {
      List<Message> messages = request.messages();
      if (messages == null || messages.isEmpty()) {
        throw MemoryException.invalid("messages", "is required: a text or a non-empty list");
      }
      if (messages.size() > validator.limits().maxBatch()) {
        throw new MemoryException(
            MemoryErrorCode.BATCH_TOO_LARGE,
            "messages: at most " + validator.limits().maxBatch() + " per request",
            "messages",
            null);
      }
      for (int i = 0; i < messages.size(); i++) {
        Message message = messages.get(i);
        String field = "messages[" + i + "]";
        if (!ROLES.contains(message.role())) {
          throw MemoryException.invalid(
              field + ".role", "must be one of assistant, system, tool, user");
        }
        if (message.id().isBlank() || message.id().length() > validator.limits().maxIdLength()) {
          throw MemoryException.invalid(
              field + ".id", "must be 1 to " + validator.limits().maxIdLength() + " characters");
        }
        if (message.content().isBlank()) {
          continue;
        }
        validator.content(field + ".content", message.content());
        Map<String, Object> metadata =
            new LinkedHashMap<>(request.metadata() == null ? Map.of() : request.metadata());
        metadata.put("role", message.role());
        batch.add(
            memory(
                request,
                message.content(),
                metadata,
                new Source(request.sessionId(), List.of(message.id())),
                MemoryType.EPISODIC));
      }
      if (batch.isEmpty()) {
        throw MemoryException.invalid("messages", "every message is empty: nothing to save");
      }
    }
    // shared attributes are checked once, under their own names
    validator.validate(batch.get(0), "");
    return batch;
  }

  private static NewMemory memory(
      AgentMemoryRequest request,
      String content,
      Map<String, Object> metadata,
      @Nullable Source source,
      MemoryType defaultType) {
    return new NewMemory(
        null,
        request.userId(),
        request.sessionId(),
        request.agentId(),
        null,
        request.type() != null ? request.type() : defaultType,
        content,
        null,
        request.category(),
        request.tags(),
        request.importance(),
        metadata,
        null,
        null,
        source == null ? null : List.of(source));
  }
}
