package dev.engram.memory.transfer;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import dev.engram.memory.Source;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.memory.write.NewMemory;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One NDJSON line of an import, read and checked with the write API's validation: ids in the
 * engine's formats, fields within {@link dev.engram.memory.write.MemoryLimits}, instants in years 1
 * to 9999 and times of record (created, updated, accessed, event times) never after now. A vector
 * that the index could not take (another model, another size, not finite) is dropped so the memory
 * is embedded again.
 */
final class ImportLine {
  private static final Pattern EVENT_ID = Pattern.compile("evt_[a-z0-9]{8,64}");
  private static final Pattern RELATION_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final int MAX_EVENTS = 10_000;

  private final MemoryValidator validator;
  private final String modelId;
  private final int dimensions;
  private final Instant now;

  ImportLine(MemoryValidator validator, String modelId, int dimensions, Instant now) {
    this.validator = validator;
    this.modelId = modelId;
    this.dimensions = dimensions;
    this.now = now;
  }

  record Parsed(long line, Memory memory, List<MemoryEvent> events, List<Relation> relations) {}

  Parsed read(long number, Map<String, Object> line) {
    Fields top = new Fields(line, "");
    Fields in =
        top.object("memory").orElseThrow(() -> MemoryException.invalid("memory", "is required"));
    String id = in.required("id");
    if (!MemoryValidator.MEMORY_ID.matcher(id).matches()) {
      throw MemoryException.invalid(
          "memory.id", "must look like mem_ followed by 8 to 64 [a-z0-9]");
    }
    List<Source> sources = new ArrayList<>();
    List<Fields> sourceFields = in.objects("sources");
    for (Fields s : sourceFields) {
      sources.add(new Source(s.text("conversation_id"), s.texts("message_ids")));
    }
    NewMemory checked =
        new NewMemory(
            id,
            in.required("user_id"),
            in.text("session_id"),
            in.text("agent_id"),
            in.text("run_id"),
            null,
            in.required("content"),
            in.text("context"),
            in.text("category"),
            in.texts("tags"),
            in.integer("importance", 5),
            in.map("metadata"),
            in.instant("valid_from"),
            in.instant("expires_at"),
            sources);
    validator.validate(checked, "memory.");
    Instant validTo = in.instant("valid_to");
    MemoryValidator.period("memory.valid_to", checked.validFrom(), validTo);
    Instant updatedAt = in.recorded("updated_at", now);
    Instant createdAt = min(in.recorded("created_at", updatedAt), updatedAt);
    Memory.Builder memory =
        Memory.builder()
            .id(id)
            .userId(checked.userId())
            .sessionId(checked.sessionId())
            .agentId(checked.agentId())
            .runId(checked.runId())
            .type(in.choice("type", MemoryType::fromValue, MemoryType.SEMANTIC))
            .content(checked.content())
            .context(checked.context())
            .category(checked.category())
            .tags(validator.tags("memory.tags", checked.tags()))
            .importance(checked.importance())
            .metadata(checked.metadata() == null ? Map.of() : checked.metadata())
            .status(in.choice("status", MemoryStatus::fromValue, MemoryStatus.ACTIVE))
            .previousId(in.memoryId("previous_id"))
            .nextId(in.memoryId("next_id"))
            .reinforcementCount(in.count("reinforcement_count", 0))
            .lastReinforcedAt(in.recordedOrNull("last_reinforced_at"))
            .accessCount(in.count("access_count", 0))
            .lastAccessedAt(in.recordedOrNull("last_accessed_at"))
            .validFrom(checked.validFrom())
            .validTo(validTo)
            .expiresAt(checked.expiresAt())
            .sources(sources)
            .createdAt(createdAt)
            .updatedAt(updatedAt)
            .version(Math.max(1, in.count("version", 1)));
    float[] vector = vector(in);
    if (vector != null) {
      memory.embedding(vector, modelId);
    }
    Memory built = memory.build();
    return new Parsed(number, built, events(top, built), relations(top, id));
  }

  /** The line's vector when the index can take it as is: this model, this size, finite values. */
  private @Nullable float[] vector(Fields in) {
    if (!(in.raw("embedding") instanceof List<?> values)
        || !modelId.equals(in.raw("embedding_model"))
        || values.size() != dimensions) {
      return null;
    }
    float[] vector = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      if (!(values.get(i) instanceof Number n) || !Float.isFinite(n.floatValue())) {
        return null;
      }
      vector[i] = n.floatValue();
    }
    return vector;
  }

  private List<MemoryEvent> events(Fields top, Memory memory) {
    List<Fields> list = top.objects("events");
    if (list.size() > MAX_EVENTS) {
      throw MemoryException.invalid("events", "must hold at most " + MAX_EVENTS + " events");
    }
    List<MemoryEvent> events = new ArrayList<>();
    for (Fields e : list) {
      String id = e.required("id");
      if (!EVENT_ID.matcher(id).matches()) {
        throw MemoryException.invalid(
            e.name("id"), "must look like evt_ followed by 8 to 64 [a-z0-9]");
      }
      if (!memory.id().equals(e.required("memory_id"))) {
        throw MemoryException.invalid(e.name("memory_id"), "must be the id of the line's memory");
      }
      String actor = e.required("actor");
      validator.id(e.name("actor"), actor);
      String reason = e.text("reason");
      validator.context(e.name("reason"), reason);
      Map<String, Object> details = e.map("details");
      validator.metadata(e.name("details"), details);
      List<String> related = new ArrayList<>();
      for (String relatedId : e.texts("related_ids")) {
        if (!MemoryValidator.MEMORY_ID.matcher(relatedId).matches()) {
          throw MemoryException.invalid(e.name("related_ids"), "must hold memory ids");
        }
        related.add(relatedId);
      }
      events.add(
          new MemoryEvent(
              id,
              memory.id(),
              memory.userId(),
              e.choice("type", ImportLine::eventType, null),
              actor,
              reason,
              related,
              details == null ? Map.of() : details,
              e.recorded("at", now)));
    }
    return events;
  }

  private List<Relation> relations(Fields top, String memoryId) {
    List<Relation> relations = new ArrayList<>();
    for (Fields r : top.objects("relations")) {
      if (!memoryId.equals(r.required("from_id"))) {
        throw MemoryException.invalid(r.name("from_id"), "must be the id of the line's memory");
      }
      String to = r.memoryId("to_id");
      if (to == null) {
        throw MemoryException.invalid(r.name("to_id"), "is required");
      }
      String type = r.required("type");
      if (!RELATION_TYPE.matcher(type).matches()) {
        throw MemoryException.invalid(
            r.name("type"), "must be a lower-case word of letters, digits and '_'");
      }
      relations.add(new Relation(memoryId, to, type, r.recorded("created_at", now)));
    }
    return relations;
  }

  private static java.util.Optional<EventType> eventType(String value) {
    try {
      return java.util.Optional.of(EventType.valueOf(value.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Typed reads of one JSON object of the line; errors name the field with its path. */
  private final class Fields {
    private final Map<String, Object> map;
    private final String path;

    Fields(Map<String, Object> map, String path) {
      this.map = map;
      this.path = path;
    }

    String name(String key) {
      return path + key;
    }

    @Nullable
    Object raw(String key) {
      return map.get(key);
    }

    @Nullable
    String text(String key) {
      Object value = map.get(key);
      if (value == null) {
        return null;
      }
      if (!(value instanceof String s)) {
        throw MemoryException.invalid(name(key), "must be a string");
      }
      MemoryValidator.text(name(key), s);
      return s;
    }

    String required(String key) {
      String value = text(key);
      if (value == null) {
        throw MemoryException.invalid(name(key), "is required");
      }
      return value;
    }

    @Nullable
    String memoryId(String key) {
      String value = text(key);
      if (value != null && !MemoryValidator.MEMORY_ID.matcher(value).matches()) {
        throw MemoryException.invalid(
            name(key), "must look like mem_ followed by 8 to 64 [a-z0-9]");
      }
      return value;
    }

    List<String> texts(String key) {
      Object value = map.get(key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw MemoryException.invalid(name(key), "must be an array of strings");
      }
      List<String> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof String s)) {
          throw MemoryException.invalid(name(key) + "[" + i + "]", "must be a string");
        }
        MemoryValidator.text(name(key) + "[" + i + "]", s);
        out.add(s);
      }
      return out;
    }

    int integer(String key, int fallback) {
      Object value = map.get(key);
      if (value == null) {
        return fallback;
      }
      if (!(value instanceof Integer i)) {
        throw MemoryException.invalid(name(key), "must be an integer");
      }
      return i;
    }

    int count(String key, int fallback) {
      int value = integer(key, fallback);
      if (value < 0) {
        throw MemoryException.invalid(name(key), "must not be negative");
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    @Nullable
    Map<String, Object> map(String key) {
      Object value = map.get(key);
      if (value == null) {
        return null;
      }
      if (!(value instanceof Map<?, ?> m)) {
        throw MemoryException.invalid(name(key), "must be an object");
      }
      return (Map<String, Object>) m;
    }

    java.util.Optional<Fields> object(String key) {
      return java.util.Optional.ofNullable(map(key)).map(m -> new Fields(m, name(key) + "."));
    }

    List<Fields> objects(String key) {
      Object value = map.get(key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw MemoryException.invalid(name(key), "must be an array of objects");
      }
      List<Fields> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        String item = name(key) + "[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> m)) {
          throw MemoryException.invalid(item, "must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) m;
        out.add(new Fields(fields, item + "."));
      }
      return out;
    }

    @Nullable
    Instant instant(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      Instant instant;
      try {
        instant = Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw MemoryException.invalid(
            name(key), "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
      }
      MemoryValidator.instant(name(key), instant);
      return instant;
    }

    /** A time of record: bounded, and never after now (a later one is taken as now). */
    @Nullable
    Instant recordedOrNull(String key) {
      Instant value = instant(key);
      return value == null ? null : min(value, now);
    }

    Instant recorded(String key, Instant fallback) {
      Instant value = recordedOrNull(key);
      return value == null ? fallback : value;
    }

    <T> T choice(
        String key, java.util.function.Function<String, java.util.Optional<T>> parse, T fallback) {
      String value = text(key);
      if (value == null) {
        if (fallback == null) {
          throw MemoryException.invalid(name(key), "is required");
        }
        return fallback;
      }
      return parse
          .apply(value)
          .orElseThrow(() -> MemoryException.invalid(name(key), "'" + value + "' is not known"));
    }
  }
}
