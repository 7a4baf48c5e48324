package dev.engram.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.Json;
import dev.engram.sdk.NewMemory;
import dev.engram.sdk.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the files commands take: messages, memories, NDJSON; {@code -} is standard input. */
final class Inputs {
  private Inputs() {}

  static byte[] bytes(String file, InputStream stdin) {
    try {
      return "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new ExitCode.CliException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A file the command will read, or a clear error when it is missing or unreadable. */
  static Path readableFile(String file) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ExitCode.CliException("cannot read " + file + ": no such readable file");
    }
    return path;
  }

  /**
   * Messages from a JSON array of {@code {role, content}}, JSON lines of them, or text lines {@code
   * role: content}.
   */
  static List<Message> messages(String file, InputStream stdin) {
    String text = new String(bytes(file, stdin), StandardCharsets.UTF_8).strip();
    List<Message> out = new ArrayList<>();
    try {
      if (text.startsWith("[")) {
        for (JsonNode node : Json.mapper().readTree(text)) {
          out.add(message(node));
        }
        return checked(out, file);
      }
      for (String line : text.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        out.add(
            line.strip().startsWith("{")
                ? message(Json.mapper().readTree(line))
                : Message.parse(line.strip()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ExitCode.CliException("cannot read messages from " + file + ": " + e.getMessage());
    }
    return checked(out, file);
  }

  /**
   * Memories from a JSON array or JSON lines (strings, or objects with {@code content} and the
   * other memory fields), or text lines (one memory each).
   */
  static List<NewMemory> memories(String file, InputStream stdin) {
    String text = new String(bytes(file, stdin), StandardCharsets.UTF_8).strip();
    List<NewMemory> out = new ArrayList<>();
    try {
      if (text.startsWith("[")) {
        for (JsonNode node : Json.mapper().readTree(text)) {
          out.add(memory(node));
        }
      } else {
        for (String line : text.split("\n")) {
          String l = line.strip();
          if (!l.isEmpty()) {
            boolean json = l.startsWith("{") || l.startsWith("\"");
            out.add(json ? memory(Json.mapper().readTree(l)) : NewMemory.of(l));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ExitCode.CliException("cannot read memories from " + file + ": " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new ExitCode.CliException(file + " holds no memories");
    }
    return out;
  }

  private static NewMemory memory(JsonNode node) {
    if (node.isTextual()) {
      return NewMemory.of(node.asText());
    }
    JsonNode content = node.get("content");
    if (content == null || !content.isTextual()) {
      throw new IllegalArgumentException("a memory needs a \"content\" text: " + node);
    }
    Map<String, Object> fields =
        Json.mapper().convertValue(node, new TypeReference<Map<String, Object>>() {});
    NewMemory memory = NewMemory.of(content.asText());
    fields.forEach((name, value) -> Fields.set(memory, name, value));
    return memory;
  }

  private static Message message(JsonNode node) {
    JsonNode role = node.get("role");
    JsonNode content = node.get("content");
    if (role == null || content == null) {
      throw new IllegalArgumentException("a message needs \"role\" and \"content\": " + node);
    }
    JsonNode id = node.get("id");
    return new Message(role.asText(), content.asText(), id == null ? null : id.asText());
  }

  private static List<Message> checked(List<Message> messages, String file) {
    if (messages.isEmpty()) {
      throw new ExitCode.CliException(file + " holds no messages");
    }
    return messages;
  }

  /** The memory fields a batch file may set. */
  private static final class Fields {
    private Fields() {}

    @SuppressWarnings("unchecked")
    static void set(NewMemory m, String name, Object value) {
      if (value == null) {
        return;
      }
      switch (name) {
        case "content" -> {}
        case "user_id" -> m.userId(value.toString());
        case "session_id" -> m.sessionId(value.toString());
        case "agent_id" -> m.agentId(value.toString());
        case "run_id" -> m.runId(value.toString());
        case "type" -> m.type(value.toString());
        case "context" -> m.context(value.toString());
        case "category" -> m.category(value.toString());
        case "importance" -> m.importance(((Number) value).intValue());
        case "tags" -> m.tags(((List<Object>) value).stream().map(String::valueOf).toList());
        case "metadata" -> m.metadata((Map<String, Object>) value);
        case "ttl_seconds" -> m.ttlSeconds(((Number) value).longValue());
        default -> throw new IllegalArgumentException("unknown memory field \"" + name + "\"");
      }
    }
  }
}
