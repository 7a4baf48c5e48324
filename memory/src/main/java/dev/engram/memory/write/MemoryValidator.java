package dev.engram.memory.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Source;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what callers submit, naming the field at fault. Keys that look like query operators
 * ({@code $ne}) or paths ({@code a.b}) are refused anywhere in metadata, so nothing a caller sends
 * can change the meaning of a store query.
 */
public final class MemoryValidator {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:@+=/-]+");
  private static final Pattern KEY = Pattern.compile("[^$.\\x00][^.\\x00]*");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MemoryLimits limits;

  public MemoryValidator(MemoryLimits limits) {
    this.limits = limits;
  }

  public MemoryLimits limits() {
    return limits;
  }

  /** Validates one memory; {@code prefix} is its position in a batch, e.g. {@code memories[3].}. */
  public void validate(NewMemory memory, String prefix) {
    if (memory == null) {
      throw MemoryException.invalid(prefix.isEmpty() ? "memory" : prefix, "must not be null");
    }
    requireId(prefix + "user_id", memory.userId(), true);
    requireId(prefix + "session_id", memory.sessionId(), false);
    requireId(prefix + "agent_id", memory.agentId(), false);
    requireId(prefix + "run_id", memory.runId(), false);
    if (memory.id() != null && !memory.id().matches("mem_[a-z0-9]{8,64}")) {
      throw MemoryException.invalid(
          prefix + "id", "must look like mem_ followed by 8 to 64 [a-z0-9]");
    }
    content(prefix + "content", memory.content());
    context(prefix + "context", memory.context());
    label(prefix + "category", memory.category());
    tags(prefix + "tags", memory.tags());
    importance(prefix + "importance", memory.importance());
    metadata(prefix + "metadata", memory.metadata());
    if (memory.sources() != null) {
      for (int i = 0; i < memory.sources().size(); i++) {
        Source source = memory.sources().get(i);
        String field = prefix + "sources[" + i + "]";
        if (source == null) {
          throw MemoryException.invalid(field, "must not be null");
        }
        requireId(field + ".conversation_id", source.conversationId(), false);
        for (String messageId : source.messageIds()) {
          requireId(field + ".message_ids", messageId, true);
        }
      }
    }
  }

  public void content(String field, @Nullable String content) {
    if (content == null || content.isBlank()) {
      throw MemoryException.invalid(field, "must not be blank");
    }
    if (content.length() > limits.maxContentLength()) {
      throw new MemoryException(
          MemoryErrorCode.CONTENT_TOO_LONG,
          field
              + ": must be at most "
              + limits.maxContentLength()
              + " characters (got "
              + content.length()
              + ")",
          field,
          null);
    }
  }

  /** Context is optional and bounded like content. */
  public void context(String field, @Nullable String context) {
    if (context != null && context.length() > limits.maxContentLength()) {
      throw new MemoryException(
          MemoryErrorCode.CONTENT_TOO_LONG,
          field
              + ": must be at most "
              + limits.maxContentLength()
              + " characters (got "
              + context.length()
              + ")",
          field,
          null);
    }
  }

  public void importance(String field, @Nullable Integer importance) {
    if (importance != null && (importance < 1 || importance > 10)) {
      throw MemoryException.invalid(field, "must be between 1 and 10");
    }
  }

  public void label(String field, @Nullable String value) {
    if (value != null && (value.isBlank() || value.length() > limits.maxTagLength())) {
      throw MemoryException.invalid(field, "must be 1 to " + limits.maxTagLength() + " characters");
    }
  }

  /** Distinct, trimmed tags; refuses blank, over-long or too many. */
  public List<String> tags(String field, @Nullable List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    if (tags.size() > limits.maxTags()) {
      throw MemoryException.invalid(field, "must hold at most " + limits.maxTags() + " tags");
    }
    LinkedHashSet<String> clean = new LinkedHashSet<>();
    for (String tag : tags) {
      label(field, tag);
      clean.add(tag.strip());
    }
    return new ArrayList<>(clean);
  }

  public void metadata(String field, @Nullable Map<String, Object> metadata) {
    if (metadata == null) {
      return;
    }
    checkValue(field, metadata, 0);
    try {
      int size = JSON.writeValueAsString(metadata).getBytes(StandardCharsets.UTF_8).length;
      if (size > limits.maxMetadataBytes()) {
        throw new MemoryException(
            MemoryErrorCode.METADATA_TOO_LARGE,
            field
                + ": must be at most "
                + limits.maxMetadataBytes()
                + " bytes as JSON (got "
                + size
                + ")",
            field,
            null);
      }
    } catch (JsonProcessingException e) {
      throw MemoryException.invalid(field, "must be JSON-compatible");
    }
  }

  /** A metadata key usable in filters and stores: no operator or path look. */
  public static boolean isSafeKey(String key) {
    return key != null && !key.isEmpty() && key.length() <= 100 && KEY.matcher(key).matches();
  }

  private void checkValue(String field, Object value, int depth) {
    if (depth > limits.maxMetadataDepth()) {
      throw MemoryException.invalid(
          field, "nests deeper than " + limits.maxMetadataDepth() + " levels");
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key) || !isSafeKey(key)) {
          throw MemoryException.invalid(
              field,
              "key '"
                  + entry.getKey()
                  + "' must be 1 to 100 characters, not start with '$' and not contain '.'");
        }
        checkValue(field + "." + key, entry.getValue(), depth + 1);
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        checkValue(field, item, depth + 1);
      }
      return;
    }
    throw MemoryException.invalid(
        field, "holds an unsupported value type " + value.getClass().getSimpleName());
  }

  /** An id (user, session, message …): 1 to max-id-length safe characters. */
  public void requireId(String field, @Nullable String value, boolean required) {
    if (value == null) {
      if (required) {
        throw new MemoryException(
            MemoryErrorCode.INVALID_FIELD, field + ": is required", field, null);
      }
      return;
    }
    if (value.isEmpty() || value.length() > limits.maxIdLength() || !ID.matcher(value).matches()) {
      throw MemoryException.invalid(
          field, "must be 1 to " + limits.maxIdLength() + " letters, digits or . _ : @ + = / -");
    }
  }
}
