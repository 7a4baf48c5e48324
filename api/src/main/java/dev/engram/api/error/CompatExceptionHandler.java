package dev.engram.api.error;

import dev.engram.api.compat.CompatException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Refusals of the compatibility surfaces, with the status they carry. */
@Singleton
final class CompatExceptionHandler implements ExceptionHandler<CompatException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  CompatExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, CompatException exception) {
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(),
        HttpResponse.status(HttpStatus.valueOf(exception.status())));
  }
}
