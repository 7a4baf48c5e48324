package dev.engram.api.tracing;

import dev.engram.memory.task.JobOrigins;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.inject.Singleton;

/**
 * The current span's context as a W3C {@code traceparent}, recorded with every job scheduled under
 * it (see {@link JobOrigins}); {@link JobSpans} links each run of the job to it. Null outside a
 * trace.
 */
@Singleton
@Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
final class TraceOrigin implements JobOrigins.Source {
  @Override
  public String get() {
    SpanContext context = Span.current().getSpanContext();
    if (!context.isValid()) {
      return null;
    }
    return "00-"
        + context.getTraceId()
        + "-"
        + context.getSpanId()
        + "-"
        + context.getTraceFlags().asHex();
  }
}
