package dev.engram.api.analytics;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.LearningEvent;
import dev.engram.analytics.LearningEventParser;
import dev.engram.analytics.LearningHistory;
import dev.engram.api.input.StrictJson;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Records what tenant code reports: learning events and feedback. Feedback naming a memory must
 * name one of the caller's app (404 otherwise, like every other cross-app reference).
 */
@Singleton
final class LearningRecorder {
  private final JsonMapper json;
  private final LearningEventParser parser;
  private final LearningHistory history;
  private final MemoryStore memories;
  private final Clock clock;

  LearningRecorder(
      JsonMapper json,
      LearningEventParser parser,
      LearningHistory history,
      MemoryStore memories,
      Clock clock) {
    this.json = json;
    this.parser = parser;
    this.history = history;
    this.memories = memories;
    this.clock = clock;
  }

  List<String> recordEvents(String appId, String body) {
    List<LearningEvent> events = parser.parseEvents(parse(body));
    for (int i = 0; i < events.size(); i++) {
      checkMemory(
          appId, events.get(i), events.size() == 1 ? "memory_id" : "events[" + i + "].memory_id");
    }
    return history.record(appId, events);
  }

  String recordFeedback(String appId, String body) {
    LearningEvent event = parser.parseFeedback(parse(body));
    checkMemory(appId, event, "memory_id");
    return history.record(appId, List.of(event)).get(0);
  }

  private void checkMemory(String appId, LearningEvent event, String field) {
    if (event.memoryId() != null
        && memories.find(appId, event.memoryId(), clock.instant()).isEmpty()) {
      throw new AnalyticsException(
          AnalyticsErrorCode.MEMORY_NOT_FOUND, field + ": no such memory in this app", field);
    }
  }

  private Object parse(String body) {
    if (body == null || body.isBlank()) {
      throw AnalyticsException.missing("body");
    }
    StrictJson.check(body);
    try {
      return json.readValue(body, Argument.OBJECT_ARGUMENT);
    } catch (IOException e) {
      throw new AnalyticsException(
          AnalyticsErrorCode.INVALID_JSON, "the body is not valid JSON", null);
    }
  }
}
