package dev.engram.api.error;

import dev.engram.analytics.AnalyticsException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns analytics failures into the error shape with the status of their type. */
@Singleton
final class AnalyticsExceptionHandler
    implements ExceptionHandler<AnalyticsException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  AnalyticsExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, AnalyticsException exception) {
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(),
        HttpResponse.status(ErrorMapping.status(exception.code().type())));
  }
}
