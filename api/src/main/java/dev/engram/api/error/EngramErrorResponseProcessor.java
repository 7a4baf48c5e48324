package dev.engram.api.error;

import dev.engram.analytics.AnalyticsException;
import dev.engram.api.compat.CompatException;
import dev.engram.api.input.InputException;
import dev.engram.api.security.ApiKeyPaths;
import dev.engram.api.security.AuthAttributes;
import dev.engram.memory.MemoryException;
import dev.engram.tenancy.TenancyException;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error Micronaut or Engram raises as {@link ApiError}: a code, a message naming the
 * field at fault, the request id; never a stack trace.
 */
@Singleton
@Primary
final class EngramErrorResponseProcessor implements ErrorResponseProcessor<Object> {
  private static final Logger LOG = LoggerFactory.getLogger(EngramErrorResponseProcessor.class);
  private static final Pattern JSON_LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^]]+)]");

  private final long maxRequestSize;

  EngramErrorResponseProcessor(HttpServerConfiguration server) {
    this.maxRequestSize = server.getMaxRequestSize();
  }

  @Override
  public MutableHttpResponse<Object> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpRequest<?> request = context.getRequest();
    if (response.code() == 413) {
      TooLong.of(request).ifPresent(tooLong -> response.status(tooLong.status()));
    }
    int status = response.code();
    String requestId = RequestIdFilter.requestId(request).orElse(null);
    Described described = describe(context, request, status);
    if (status >= 500) {
      LOG.error(
          "request {} {} failed (request id {})",
          request.getMethod(),
          request.getPath(),
          requestId,
          context.getRootCause().orElse(null));
    }
    Object body =
        ApiKeyPaths.isOpenMemory(request.getPath())
            ? OpenMemoryError.of(
                status, described.code, described.message, described.field, requestId)
            : new ApiError.Body(
                new ApiError(
                    status, described.code, described.message, described.field, requestId));
    return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
  }

  private record Described(String code, String message, String field) {}

  private Described describe(ErrorContext context, HttpRequest<?> request, int status) {
    Throwable cause = context.getRootCause().orElse(null);
    // a failing identity provider (Keycloak) is named: the admin can act on it; so is a refusal a
    // compatibility surface raises on purpose with its own code (mem0's ingestion_failed)
    boolean named =
        cause instanceof CompatException
            || cause instanceof TenancyException t
                && t.code().type() == dev.engram.tenancy.ErrorType.EXTERNAL;
    if (status >= 500 && !named) {
      return new Described(
          ErrorMapping.codeOf(status),
          "internal error; quote the request id when reporting it",
          null);
    }
    if (cause instanceof TenancyException e) {
      return new Described(e.code().code(), e.getMessage(), e.field().orElse(null));
    }
    if (cause instanceof CompatException e) {
      return new Described(e.code(), e.getMessage(), e.field().orElse(null));
    }
    if (cause instanceof InputException e) {
      return new Described(e.code(), e.getMessage(), e.field().orElse(null));
    }
    if (cause instanceof MemoryException e) {
      return new Described(e.code().code(), e.getMessage(), e.field().orElse(null));
    }
    if (cause instanceof AnalyticsException e) {
      return new Described(e.code().code(), e.getMessage(), e.field().orElse(null));
    }
    if (cause instanceof AuthorizationException e) {
      return authorization(request, e);
    }
    if (cause instanceof ConstraintViolationException e) {
      return e.getConstraintViolations().stream()
          .findFirst()
          .map(
              v -> {
                String field = leaf(v.getPropertyPath().toString());
                return new Described("invalid_field", field + ": " + v.getMessage(), field);
              })
          .orElse(new Described("invalid_field", "the request is not valid", null));
    }
    if (cause instanceof ConversionErrorException e) {
      Matcher unknownInBody = UNKNOWN_PROPERTY.matcher(String.valueOf(e.getMessage()));
      if (unknownInBody.find()) {
        return unknownField(unknownInBody.group(1));
      }
      String field = NameUtils.hyphenate(e.getArgument().getName()).replace('-', '_');
      return new Described("invalid_field", field + ": " + rootMessage(e), field);
    }
    String message = firstMessage(context).orElse("the request failed");
    Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
    if (unknown.find()) {
      return unknownField(unknown.group(1));
    }
    if (status == 400 && isJsonError(cause, message)) {
      Matcher at = JSON_LOCATION.matcher(message);
      String where = "";
      while (at.find()) {
        where = " (line " + at.group(1) + ", column " + at.group(2) + ")";
      }
      return new Described("invalid_json", "the body is not valid JSON" + where, null);
    }
    if (status == 404) {
      return new Described("not_found", "no such resource: " + request.getPath(), null);
    }
    if (status == 414) {
      return new Described(
          "uri_too_long", "the URL is too long: send long filters in a request body", null);
    }
    if (status == 431) {
      return new Described("headers_too_large", "the request headers are too large", null);
    }
    if (status == 413) {
      return new Described(
          "body_too_large",
          "the request body is larger than "
              + maxRequestSize
              + " bytes (micronaut.server.max-request-size); an import can be split in parts",
          null);
    }
    return new Described(ErrorMapping.codeOf(status), clip(message), firstPath(context));
  }

  private static Described authorization(HttpRequest<?> request, AuthorizationException e) {
    if (e.isForbidden()) {
      String path = request.getPath();
      boolean apiKey =
          request
              .getUserPrincipal(Authentication.class)
              .map(
                  a ->
                      AuthAttributes.API_KEY.equals(
                          a.getAttributes().get(AuthAttributes.AUTH_TYPE)))
              .orElse(false);
      if (ApiKeyPaths.covers(path) && !apiKey) {
        return new Described("api_key_required", "/v1 takes an API key, not a console token", null);
      }
      if (path.startsWith("/admin/v1/") && apiKey) {
        return new Described(
            "console_token_required",
            "/admin/v1 takes a console token from POST /admin/v1/login, not an API key",
            null);
      }
      if (ApiKeyPaths.covers(path)) {
        return new Described(
            "insufficient_scope", "the API key lacks the scope this endpoint needs", null);
      }
      if (path.startsWith("/admin/v1/")) {
        return new Described("forbidden", "your role may not do this", null);
      }
      return new Described("forbidden", "forbidden", null);
    }
    Optional<TenancyException> keyFailure =
        request.getAttribute(AuthAttributes.KEY_FAILURE, TenancyException.class);
    if (keyFailure.isPresent()) {
      return new Described(keyFailure.get().code().code(), keyFailure.get().getMessage(), null);
    }
    boolean presented =
        request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
            || request.getHeaders().contains("X-API-Key");
    if (ApiKeyPaths.covers(request.getPath())) {
      return presented
          ? new Described("invalid_api_key", "the API key is not valid", null)
          : new Described(
              "missing_api_key",
              "send an API key: 'Authorization: Bearer eng_…' or 'X-API-Key: eng_…'",
              null);
    }
    return presented
        ? new Described("invalid_token", "the bearer token is not valid or has expired", null)
        : new Described(
            "missing_token",
            "sign in at POST /admin/v1/login and send 'Authorization: Bearer <token>'",
            null);
  }

  private static Described unknownField(String field) {
    return new Described(
        "unknown_field", field + ": unknown field; check its spelling or remove it", field);
  }

  private static boolean isJsonError(Throwable cause, String message) {
    if (cause == null) {
      return message.contains("JSON") || message.contains("json");
    }
    String type = cause.getClass().getName();
    return type.contains("Json") || type.contains("Serde") || type.contains("jackson");
  }

  private static Optional<String> firstMessage(ErrorContext context) {
    Optional<String> fromErrors = context.getErrors().stream().map(Error::getMessage).findFirst();
    return fromErrors.isPresent() ? fromErrors : context.getRootCause().map(Throwable::getMessage);
  }

  private static String firstPath(ErrorContext context) {
    return context.getErrors().stream()
        .map(Error::getPath)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    for (int depth = 0; depth < 10 && t.getCause() != null; depth++) {
      t = t.getCause();
    }
    return clip(t.getMessage() == null ? "could not be read" : t.getMessage());
  }

  private static String leaf(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    String leaf = dot >= 0 ? propertyPath.substring(dot + 1) : propertyPath;
    return NameUtils.hyphenate(leaf).replace('-', '_');
  }

  private static String clip(String message) {
    if (message == null) {
      return "the request failed";
    }
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }
}
