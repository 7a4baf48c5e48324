package dev.engram.api.error;

import dev.engram.memory.MemoryException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns memory-engine failures into the error shape with the status of their kind. */
@Singleton
final class MemoryExceptionHandler implements ExceptionHandler<MemoryException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  MemoryExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, MemoryException exception) {
    HttpStatus status =
        switch (exception.code().kind()) {
          case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case EXTERNAL -> HttpStatus.BAD_GATEWAY;
          case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(), HttpResponse.status(status));
  }
}
