package dev.engram.api.error;

import dev.engram.tenancy.TenancyException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns tenancy failures into the error shape with the status of their type. */
@Singleton
final class TenancyExceptionHandler implements ExceptionHandler<TenancyException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  TenancyExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, TenancyException exception) {
    MutableHttpResponse<?> response =
        HttpResponse.status(ErrorMapping.status(exception.code().type()));
    exception
        .retryAfter()
        .ifPresent(
            wait -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(), response);
  }
}
