package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns request bodies (JSON as maps and lists) into validated {@link LearningEvent}s. Seed 002's
 * camelCase keys are accepted as sent; every mistake names its field ({@code
 * events[2].feedback.rating}).
 */
@Singleton
public final class LearningEventParser {
  /** Event types of seed 002; any other name is a custom type. */
  public static final Set<String> KNOWN_TYPES =
      Set.of("training", "feedback", "correction", "adaptation");

  private static final Set<String> TOP =
      Set.of(
          "event_type",
          "domain",
          "service_id",
          "agent_id",
          "user_id",
          "session_id",
          "importance",
          "timestamp",
          "memory_id",
          "metadata",
          "input",
          "output",
          "feedback",
          "impact");
  private static final Set<String> METADATA =
      Set.of("timestamp", "session_id", "importance", "tags", "version", "source");
  private static final Set<String> OUTPUT = Set.of("prediction", "confidence");
  private static final Set<String> FEEDBACK =
      Set.of("rating", "correct", "comment", "corrected_output");
  private static final Set<String> IMPACT =
      Set.of("model_updated", "performance_change", "affected_models");
  private static final Set<String> VERDICT_FEEDBACK =
      Set.of(
          "verdict",
          "rating",
          "correct",
          "memory_id",
          "search_id",
          "query",
          "comment",
          "domain",
          "user_id",
          "agent_id",
          "session_id",
          "timestamp");
  private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

  private final JsonMapper json;
  private final AnalyticsConfiguration configuration;
  private final Clock clock;

  public LearningEventParser(JsonMapper json, AnalyticsConfiguration configuration, Clock clock) {
    this.json = requireNonNull(json, "json is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** One event (an object), or a batch: a JSON array or {@code {"events": [...]}}. */
  public List<LearningEvent> parseEvents(@Nullable Object body) {
    List<?> items;
    String prefix;
    if (body instanceof List<?> list) {
      items = list;
      prefix = "";
    } else if (body instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("events")) {
      if (!(map.get("events") instanceof List<?> list)) {
        throw AnalyticsException.invalid("events", "must be a list of events");
      }
      items = list;
      prefix = "events";
    } else {
      return List.of(parseEvent(body, ""));
    }
    if (items.isEmpty()) {
      throw AnalyticsException.invalid(prefix.isEmpty() ? "body" : prefix, "no events");
    }
    if (items.size() > configuration.maxBatch()) {
      throw new AnalyticsException(
          AnalyticsErrorCode.BATCH_TOO_LARGE,
          (prefix.isEmpty() ? "body" : prefix)
              + ": at most "
              + configuration.maxBatch()
              + " events per request (engram.analytics.max-batch)",
          prefix.isEmpty() ? "body" : prefix);
    }
    List<LearningEvent> events = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      events.add(parseEvent(items.get(i), prefix + "[" + i + "]"));
    }
    return events;
  }

  private LearningEvent parseEvent(@Nullable Object body, String path) {
    Fields top = Fields.of(body, path, TOP);
    checkSize(top.values(), path);
    Fields metadata =
        top.has("metadata")
            ? Fields.of(top.raw("metadata"), top.field("metadata"), METADATA)
            : null;
    Fields output =
        top.has("output") ? Fields.of(top.raw("output"), top.field("output"), OUTPUT) : null;
    Fields feedback =
        top.has("feedback")
            ? Fields.of(top.raw("feedback"), top.field("feedback"), FEEDBACK)
            : null;
    Fields impact =
        top.has("impact") ? Fields.of(top.raw("impact"), top.field("impact"), IMPACT) : null;
    if (top.has("input") && !(top.raw("input") instanceof Map<?, ?>)) {
      throw AnalyticsException.invalid(top.field("input"), "must be a JSON object");
    }
    String sessionId = top.text("session_id", 255);
    Integer importance = top.integer("importance", 1, 10);
    Instant at = top.instant("timestamp");
    if (metadata != null) {
      sessionId = sessionId != null ? sessionId : metadata.text("session_id", 255);
      importance = importance != null ? importance : metadata.integer("importance", 1, 10);
      at = at != null ? at : metadata.instant("timestamp");
    }
    String timeField =
        top.has("timestamp") ? top.field("timestamp") : Fields.join(path, "metadata.timestamp");
    Instant occurredAt = checkTime(at, timeField);
    Map<String, Object> payload = new LinkedHashMap<>(top.values());
    putNormalized(payload, "metadata", metadata);
    putNormalized(payload, "output", output);
    putNormalized(payload, "feedback", feedback);
    putNormalized(payload, "impact", impact);
    return new LearningEvent(
        newId(),
        top.requiredName("event_type"),
        top.requiredName("domain"),
        top.text("service_id", 255),
        top.text("agent_id", 255),
        top.text("user_id", 255),
        sessionId,
        importance,
        output == null ? null : output.number("confidence", 0, 1),
        feedback == null ? null : feedback.integer("rating", 1, 5),
        feedback == null ? null : feedback.bool("correct"),
        impact == null ? null : impact.bool("model_updated"),
        impact == null ? null : impact.number("performance_change", -1e9, 1e9),
        impact == null ? List.of() : impact.names("affected_models", 100),
        top.text("memory_id", 64),
        payload,
        occurredAt);
  }

  /**
   * Feedback on a memory, a search result or an agent's output: {@code verdict} useful / not_useful
   * / wrong and/or {@code rating} 1–5 and/or {@code correct}. Recorded as a learning event of type
   * {@code feedback} (domain {@code retrieval} unless given); {@code correct} is true for useful,
   * false for not_useful and wrong.
   */
  public LearningEvent parseFeedback(@Nullable Object body) {
    Fields top = Fields.of(body, "", VERDICT_FEEDBACK);
    checkSize(top.values(), "body");
    String verdict = top.name("verdict");
    Boolean correct = top.bool("correct");
    if (verdict != null) {
      switch (verdict) {
        case "useful" -> correct = correct == null ? Boolean.TRUE : correct;
        case "not_useful", "wrong" -> correct = correct == null ? Boolean.FALSE : correct;
        default -> throw AnalyticsException.invalid("verdict", "one of useful, not_useful, wrong");
      }
    }
    Integer rating = top.integer("rating", 1, 5);
    if (verdict == null && rating == null && correct == null) {
      throw AnalyticsException.missing("verdict");
    }
    String domain = top.name("domain");
    Map<String, Object> payload = new LinkedHashMap<>(top.values());
    return new LearningEvent(
        newId(),
        "feedback",
        domain == null ? "retrieval" : domain,
        null,
        top.text("agent_id", 255),
        top.text("user_id", 255),
        top.text("session_id", 255),
        null,
        null,
        rating,
        correct,
        null,
        null,
        List.of(),
        top.text("memory_id", 64),
        payload,
        checkTime(top.instant("timestamp"), "timestamp"));
  }

  private Instant checkTime(@Nullable Instant at, String field) {
    Instant now = clock.instant();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(FUTURE_SLACK))) {
      throw AnalyticsException.invalid(field, "lies in the future");
    }
    if (at.isBefore(now.minus(configuration.retention()))) {
      throw new AnalyticsException(
          AnalyticsErrorCode.RANGE_OVER_RETENTION,
          field
              + ": older than the retention of "
              + configuration.retention().toDays()
              + " days (engram.analytics.retention)",
          field);
    }
    return at;
  }

  private void checkSize(Map<String, Object> values, String path) {
    int size;
    try {
      size = json.writeValueAsBytes(values).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > configuration.maxEventBytes()) {
      String field = path.isEmpty() ? "body" : path;
      throw new AnalyticsException(
          AnalyticsErrorCode.EVENT_TOO_LARGE,
          field
              + ": "
              + size
              + " bytes of JSON, at most "
              + configuration.maxEventBytes()
              + " (engram.analytics.max-event-bytes)",
          field);
    }
  }

  private static void putNormalized(Map<String, Object> payload, String key, @Nullable Fields f) {
    if (f != null) {
      payload.put(key, f.values());
    }
  }

  static String newId() {
    return "lev_" + UUID.randomUUID().toString().replace("-", "");
  }
}
