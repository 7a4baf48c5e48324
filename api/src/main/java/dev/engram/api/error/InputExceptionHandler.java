package dev.engram.api.error;

import dev.engram.api.input.InputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Refused request input (body shape, path, parameters): 400 with the field at fault. */
@Singleton
final class InputExceptionHandler implements ExceptionHandler<InputException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  InputExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, InputException exception) {
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(), HttpResponse.badRequest());
  }
}
