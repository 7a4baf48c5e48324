package dev.engram.api.tracing;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * One server span per request, continuing the caller's W3C {@code traceparent}: named by method and
 * route template ({@code POST /v1/memories/{id}}), with method, route and status; never the query
 * string, headers or body. The span is the current context of every thread that serves the request,
 * so the engine's spans (store, index, embedder, LLM) become its children.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TracingFilter implements Ordered {
  private static final String ATTRIBUTE = "engram.span";
  private static final TextMapGetter<HttpHeaders> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpHeaders carrier) {
          return carrier.names();
        }

        @Override
        public String get(HttpHeaders carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;
  private final OpenTelemetry openTelemetry;

  TracingFilter(Tracer tracer, OpenTelemetry openTelemetry) {
    this.tracer = tracer;
    this.openTelemetry = openTelemetry;
  }

  @RequestFilter
  void start(HttpRequest<?> request, MutablePropagatedContext propagated) {
    Context parent =
        openTelemetry
            .getPropagators()
            .getTextMapPropagator()
            .extract(Context.root(), request.getHeaders(), HEADERS);
    Span span =
        tracer
            .spanBuilder(request.getMethodName())
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute("http.request.method", request.getMethodName())
            .startSpan();
    request.setAttribute(ATTRIBUTE, span);
    propagated.add(new OtelContextElement(parent.with(span)));
  }

  @ResponseFilter
  void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(ATTRIBUTE, Span.class)
        .ifPresent(
            span -> {
              String route = BasicHttpAttributes.getUriTemplate(request).orElse("unmatched");
              span.updateName(request.getMethodName() + " " + route);
              span.setAttribute("http.route", route);
              span.setAttribute("http.response.status_code", response.code());
              if (response.code() >= 500) {
                span.setStatus(StatusCode.ERROR);
              }
              span.end();
            });
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
