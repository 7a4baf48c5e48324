package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.MemoryBodies.FiltersBody;
import dev.engram.api.v1.MemoryViews.HitView;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.UserScope;
import dev.engram.memory.answer.Answer;
import dev.engram.memory.answer.Answerer;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchHit;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.search.SearchResult;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Answers a question from a user's memories: the best memories found by search, and an answer
 * grounded in them when an LLM is configured (else a note saying there is none).
 */
@ApiKeyOperations
@Controller("/v1/answers")
@Tag(name = "Answers")
final class AnswerController {
  static final int DEFAULT_N = 5;
  static final int MAX_N = 50;

  private final MemorySearch search;
  private final Answerer answerer;

  AnswerController(MemorySearch search, Answerer answerer) {
    this.search = search;
    this.answerer = answerer;
  }

  /**
   * A question about one user.
   *
   * @param query the question
   * @param userId whose memories answer it
   * @param sessionId only memories of this session, if given
   * @param n how many memories to retrieve (1 to 50, default 5)
   * @param threshold lowest cosine similarity of a memory to count (0 to 1)
   */
  @Serdeable
  record AnswerBody(
      @Nullable String query,
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable Integer n,
      @Nullable Double threshold) {}

  /**
   * The answer.
   *
   * @param answer the answer text; absent without an LLM
   * @param engine {@code llm} or {@code rules}
   * @param note why there is no answer text, when there is none
   * @param citedIds the memories the answer rests on
   * @param memories the retrieved memories, as search returns them
   */
  @Serdeable
  record AnswerResponse(
      @Nullable String answer,
      String engine,
      @Nullable String note,
      List<String> citedIds,
      List<HitView> memories) {}

  /** Retrieves the user's best memories for the question and answers from them. */
  @Operation(operationId = "answerQuery")
  @ApiResponse(
      responseCode = "200",
      description = "The answer and the memories it cites",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AnswerResponse.class),
              examples = @ExampleObject(name = "answerQuery", value = ResponseExamples.ANSWER)))
  @Post
  @Secured("memories:read")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AnswerBody.class),
              examples = {
                @ExampleObject(
                    name = "answer",
                    summary = "A question about a user",
                    value =
                        "{\"query\":\"how should we ship her gifts?\",\"user_id\":\"alice\",\"n\":3}")
              }))
  AnswerResponse answer(@Parameter(hidden = true) AppScope scope, @Body AnswerBody body) {
    if (body.query() == null) {
      throw MemoryException.invalid("query", "is required");
    }
    if (body.userId() == null) {
      throw new MemoryException(
          MemoryErrorCode.USER_REQUIRED, "user_id: is required", "user_id", null);
    }
    int n = body.n() == null ? DEFAULT_N : body.n();
    if (n < 1 || n > MAX_N) {
      throw MemoryException.invalid("n", "must be between 1 and " + MAX_N);
    }
    if (body.threshold() != null && (body.threshold() < 0 || body.threshold() > 1)) {
      throw MemoryException.invalid("threshold", "must be between 0 and 1");
    }
    FiltersBody filters =
        body.sessionId() == null
            ? null
            : new FiltersBody(
                body.sessionId(), null, null, null, null, null, null, null, null, null, null);
    SearchResult result =
        search.search(
            scope.appId(),
            new SearchRequest(
                body.query(),
                MemoryRequests.filter(new UserScope.OneUser(body.userId()), filters),
                n,
                body.threshold(),
                null,
                SearchRequest.Mode.HYBRID,
                false));
    Answer answer =
        answerer
            .forApp(scope.appId())
            .answer(body.query(), result.hits().stream().map(SearchHit::memory).toList());
    return new AnswerResponse(
        answer.text(),
        answer.engine(),
        answer.note(),
        answer.citedIds(),
        result.hits().stream().map(HitView::of).toList());
  }
}
