package dev.engram.api.tracing;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;

/**
 * A span per background job run (conversation ingestion, summaries, callbacks, retention, report
 * exports, …): a trace of its own named {@code job <name>}, so the store, index, embedder and LLM
 * calls the job makes appear as its children, as a request's do. Attributes are the job's name and
 * attempt number only; the job's data (a task id) and anything the job reads stay out.
 */
@Singleton
@Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
final class JobSpans implements ExecutionInterceptor {
  static final String JOB = "engram.job";

  private final BeanProvider<Tracer> tracer;

  JobSpans(BeanProvider<Tracer> tracer) {
    this.tracer = tracer;
  }

  @Override
  public CompletionHandler<?> execute(
      TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
    Span span =
        tracer
            .get()
            .spanBuilder("job " + instance.getTaskName())
            .setParent(Context.root())
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(JOB, instance.getTaskName())
            .setAttribute("engram.job.attempt", context.getExecution().consecutiveFailures + 1L)
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return chain.proceed(instance, context);
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }
}
