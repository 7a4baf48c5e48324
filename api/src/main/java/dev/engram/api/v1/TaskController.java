package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.IngestBodies.TaskView;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.task.TaskRepository;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Background tasks of the key's app. */
@ApiKeyOperations
@Controller("/v1/tasks")
@Tag(name = "Tasks")
final class TaskController {
  private final TaskRepository tasks;

  TaskController(TaskRepository tasks) {
    this.tasks = tasks;
  }

  /** Status, counts (added, updated, reinforced, deleted, skipped), errors and attempts. */
  @Operation(operationId = "getTask")
  @ApiResponse(
      responseCode = "200",
      description = "The task's status and counts",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TaskView.class),
              examples = @ExampleObject(name = "getTask", value = ResponseExamples.TASK)))
  @Get("/{id}")
  @Secured("memories:read")
  TaskView get(@Parameter(hidden = true) AppScope scope, String id) {
    return tasks
        .find(scope.appId(), id)
        .map(TaskView::of)
        .orElseThrow(
            () -> new MemoryException(MemoryErrorCode.TASK_NOT_FOUND, "task " + id + " not found"));
  }
}
