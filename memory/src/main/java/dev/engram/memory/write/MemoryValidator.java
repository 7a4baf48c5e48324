package dev.engram.memory.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Source;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what callers submit, naming the field at fault. Keys that look like query operators
 * ({@code $ne}) or paths ({@code a.b}) are refused anywhere in metadata, so nothing a caller sends
 * can change the meaning of a store query. Text must be storable exactly by every store (no NUL
 * character, no unpaired surrogate), instants lie in years 1 to 9999 and content has at least one
 * visible character.
 */
public final class MemoryValidator {
  /** The earliest instant accepted anywhere: the start of year 1. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant accepted anywhere: the end of year 9999. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** The longest time to live, in seconds: 100 years of 365.25 days. */
  public static final long MAX_TTL_SECONDS = 3_155_760_000L;

  /** Ids of memories as this engine makes them (and as imports must carry them). */
  public static final Pattern MEMORY_ID = Pattern.compile("mem_[a-z0-9]{8,64}");

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:@+=/-]+");
  private static final Pattern KEY = Pattern.compile("[^$.\\x00][^.\\x00]*");
  private static final ObjectMapper JSON = Json.mapper();

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
    if (memory.id() != null && !MEMORY_ID.matcher(memory.id()).matches()) {
      throw MemoryException.invalid(
          prefix + "id", "must look like mem_ followed by 8 to 64 [a-z0-9]");
    }
    content(prefix + "content", memory.content());
    context(prefix + "context", memory.context());
    label(prefix + "category", memory.category());
    tags(prefix + "tags", memory.tags());
    importance(prefix + "importance", memory.importance());
    metadata(prefix + "metadata", memory.metadata());
    instant(prefix + "valid_from", memory.validFrom());
    instant(prefix + "expires_at", memory.expiresAt());
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
    text(field, content);
    if (!hasVisibleText(content)) {
      throw MemoryException.invalid(
          field, "must hold at least one visible character (not only spaces or format marks)");
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
    text(field, context);
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
    text(field, value);
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
    return key != null
        && !key.isEmpty()
        && key.length() <= 100
        && KEY.matcher(key).matches()
        && isStorable(key);
  }

  /**
   * Whether every store keeps this text exactly: no NUL character (PostgreSQL refuses it) and no
   * unpaired UTF-16 surrogate (it has no UTF-8 form and would be stored altered).
   */
  public static boolean isStorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /** Refuses text that cannot be stored exactly ({@link #isStorable}), naming the field. */
  public static void text(String field, @Nullable String value) {
    if (value != null && !isStorable(value)) {
      throw MemoryException.invalid(
          field, "must not contain a NUL character (\\u0000) or an unpaired surrogate");
    }
  }

  /**
   * Whether the text has a character one can see: not only white space, control or format
   * characters (zero-width space, direction marks, byte-order marks) or unassigned code points.
   */
  public static boolean hasVisibleText(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              int type = Character.getType(c);
              return !Character.isWhitespace(c)
                  && !Character.isSpaceChar(c)
                  && type != Character.CONTROL
                  && type != Character.FORMAT
                  && type != Character.SURROGATE
                  && type != Character.UNASSIGNED;
            });
  }

  /** Refuses an instant outside years 1 to 9999 ({@link #EARLIEST} to {@link #LATEST}). */
  public static void instant(String field, @Nullable Instant value) {
    if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
      throw MemoryException.invalid(field, "must be between " + EARLIEST + " and " + LATEST);
    }
  }

  /** Refuses a validity period that ends before it starts; {@code field} names the changed end. */
  public static void period(String field, @Nullable Instant validFrom, @Nullable Instant validTo) {
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw MemoryException.invalid(
          field, "valid_to (" + validTo + ") must not be before valid_from (" + validFrom + ")");
    }
  }

  /** Checks the instants of a patch and the validity period it leaves the memory with. */
  public void dates(MemoryPatch patch, @Nullable Instant validFrom, @Nullable Instant validTo) {
    instant("valid_from", patch.validFrom());
    instant("valid_to", patch.validTo());
    instant("expires_at", patch.expiresAt());
    period(
        patch.validTo() != null ? "valid_to" : "valid_from",
        patch.validFrom() != null ? patch.validFrom() : validFrom,
        patch.validTo() != null ? patch.validTo() : validTo);
  }

  /** An expiry {@code ttlSeconds} after {@code now}; refuses a time to live out of bounds. */
  public static Instant expiry(String field, long ttlSeconds, Instant now) {
    if (ttlSeconds <= 0 || ttlSeconds > MAX_TTL_SECONDS) {
      throw MemoryException.invalid(
          field, "must be between 1 and " + MAX_TTL_SECONDS + " seconds (100 years)");
    }
    Instant expiresAt = now.plusSeconds(ttlSeconds);
    instant(field, expiresAt);
    return expiresAt;
  }

  private void checkValue(String field, Object value, int depth) {
    if (depth > limits.maxMetadataDepth()) {
      throw MemoryException.invalid(
          field, "nests deeper than " + limits.maxMetadataDepth() + " levels");
    }
    if (value instanceof String text) {
      text(field, text);
      return;
    }
    if (value == null || value instanceof Number || value instanceof Boolean) {
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

  /** An optional id (user, session, agent, message): letters, digits and a few marks. */
  public void id(String field, @Nullable String value) {
    requireId(field, value, false);
  }

  private void requireId(String field, @Nullable String value, boolean required) {
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
