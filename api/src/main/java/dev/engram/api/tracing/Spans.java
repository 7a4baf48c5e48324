package dev.engram.api.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * Runs work in a child span of the current context. Attributes are tenant and part names only
 * ({@code engram.app_id}, {@code engram.store}, …), never user content; a failure marks the span
 * with the exception's class, not its message (messages may quote input).
 */
final class Spans {
  static final String APP = "engram.app_id";

  private Spans() {}

  static <T> T in(Tracer tracer, String name, @Nullable String appId, Supplier<T> work) {
    SpanBuilder builder = tracer.spanBuilder(name);
    if (appId != null) {
      builder.setAttribute(APP, appId);
    }
    Span span = builder.startSpan();
    try (Scope scope = span.makeCurrent()) {
      return work.get();
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  static void run(Tracer tracer, String name, @Nullable String appId, Runnable work) {
    var _ =
        in(
            tracer,
            name,
            appId,
            () -> {
              work.run();
              return Boolean.TRUE;
            });
  }
}
