package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.callback.CallbackConfiguration;
import dev.engram.memory.callback.CallbackHeaders;
import dev.engram.memory.callback.CallbackUrls;
import dev.engram.memory.summarize.SummariesConfiguration;
import dev.engram.memory.summarize.Summarizer;
import dev.engram.memory.summarize.Summary;
import dev.engram.memory.summarize.SummaryTasks;
import dev.engram.memory.task.Task;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Summaries of messages: the short form at once, or the full form POSTed later to the caller's
 * callback URL (3 attempts with exponential backoff; URLs pointing inside are refused).
 */
@ApiKeyOperations
@Controller("/v1/summaries")
@Tag(name = "Summaries")
final class SummaryController {
  private final Summarizer summarizer;
  private final CallbackUrls callbackUrls;
  private final CallbackConfiguration callbacks;
  private final SummariesConfiguration config;
  private final MemoryValidator validator;
  private final SummaryTasks tasks;

  SummaryController(
      Summarizer summarizer,
      CallbackUrls callbackUrls,
      CallbackConfiguration callbacks,
      SummariesConfiguration config,
      MemoryLimits limits,
      SummaryTasks tasks) {
    this.summarizer = summarizer;
    this.callbackUrls = callbackUrls;
    this.callbacks = callbacks;
    this.config = config;
    this.validator = new MemoryValidator(limits);
    this.tasks = tasks;
  }

  /**
   * What to summarize.
   *
   * @param userId whose conversation it is
   * @param sessionId the caller's session, if any
   * @param messages a text, or a list of {@code {role, content, id?}} (roles user, assistant,
   *     system, tool)
   * @param callbackUrl where to POST the full summary; without it the short form is returned at
   *     once
   * @param callbackHeaders extra headers sent with the callback (e.g. a signature)
   */
  @Serdeable
  record SummaryBody(
      @Nullable String userId,
      @Nullable String sessionId,
      @Schema(oneOf = {String.class, List.class}) @Nullable Object messages,
      @Nullable String callbackUrl,
      @Nullable Map<String, Object> callbackHeaders) {}

  /**
   * A summary returned at once.
   *
   * @param engine {@code rules} (extractive: sentences picked from the messages, no LLM) or {@code
   *     llm}
   * @param delivery always {@code sync}
   * @param messageIds the messages the summary draws on
   */
  @Serdeable
  record SyncSummary(String content, String engine, String delivery, List<String> messageIds) {}

  /** A summary accepted for callback delivery. */
  @Serdeable
  record Accepted(String taskId, String status) {}

  /** The short summary (200), or 202 with a task id when a callback URL is given. */
  @Operation(operationId = "summarizeConversation")
  @Post
  @Secured("memories:write")
  @ApiResponse(
      responseCode = "200",
      description = "the short summary",
      content = @Content(schema = @Schema(implementation = SyncSummary.class)))
  @ApiResponse(
      responseCode = "202",
      description = "accepted; the full summary will be POSTed to callback_url",
      content = @Content(schema = @Schema(implementation = Accepted.class)))
  HttpResponse<?> summarize(@Parameter(hidden = true) AppScope scope, @Body SummaryBody body) {
    if (body.userId() == null) {
      throw new MemoryException(
          MemoryErrorCode.USER_REQUIRED, "user_id: is required", "user_id", null);
    }
    validator.id("user_id", body.userId());
    validator.id("session_id", body.sessionId());
    List<Message> messages =
        SummaryRequests.messages(body.messages(), config.maxMessages(), validator);
    if (body.callbackUrl() == null) {
      if (body.callbackHeaders() != null) {
        throw MemoryException.invalid("callback_headers", "only apply with a callback_url");
      }
      Summary summary = summarizer.forApp(scope.appId()).summarize(messages, true);
      return HttpResponse.ok(
          new SyncSummary(summary.content(), summary.engine(), "sync", summary.messageIds()));
    }
    URI url = callbackUrls.check(body.callbackUrl());
    Map<String, String> headers =
        CallbackHeaders.check(SummaryRequests.headers(body.callbackHeaders()), callbacks);
    Task task =
        tasks.accept(scope.appId(), body.userId(), body.sessionId(), messages, url, headers);
    return HttpResponse.accepted()
        .header(HttpHeaders.LOCATION, "/v1/tasks/" + task.id())
        .body(new Accepted(task.id(), "accepted"));
  }
}
