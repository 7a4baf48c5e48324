package dev.engram.api.analytics;

import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Seed 002's learning history: recording learning events and feedback. */
@Controller("/v1/learning")
@Tag(name = "Learning history")
final class LearningController {
  private final LearningRecorder recorder;

  LearningController(LearningRecorder recorder) {
    this.recorder = recorder;
  }

  /** What was recorded. */
  @Serdeable
  record Recorded(int recorded, List<String> ids) {}

  /**
   * Records one learning event (an object), or a batch (a JSON array or {@code {"events": [...]}},
   * up to {@code engram.analytics.max-batch}); all or none. Keys in snake_case or seed 002's
   * camelCase.
   */
  @Post("/events")
  @Consumes(MediaType.APPLICATION_JSON)
  @Status(HttpStatus.CREATED)
  @Secured({"analytics:write", "memories:write"})
  Recorded events(@Parameter(hidden = true) AppScope scope, @Body String body) {
    List<String> ids = recorder.recordEvents(scope.appId(), body);
    return new Recorded(ids.size(), ids);
  }

  /**
   * Feedback on a memory, a search result or an agent's output: {@code verdict} useful / not_useful
   * / wrong, or {@code rating} 1–5, or {@code correct}; optionally {@code memory_id}, {@code
   * query}, {@code domain} (default {@code retrieval}).
   */
  @Post("/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Status(HttpStatus.CREATED)
  @Secured({"analytics:write", "memories:write"})
  Recorded feedback(@Parameter(hidden = true) AppScope scope, @Body String body) {
    String id = recorder.recordFeedback(scope.appId(), body);
    return new Recorded(1, List.of(id));
  }
}
