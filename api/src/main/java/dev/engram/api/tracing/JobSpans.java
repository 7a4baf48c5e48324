package dev.engram.api.tracing;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.engram.memory.task.JobOrigins;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span per background job run (conversation ingestion, summaries, callbacks, retention, report
 * exports, …): a trace of its own named {@code job <name>}, so the store, index, embedder and LLM
 * calls the job makes appear as its children, as a request's do. Attributes are the job's name and
 * attempt number only; the job's data (a task id) and anything the job reads stay out.
 *
 * <p>A run of a job that a traced request queued carries a <em>span link</em> to that request's
 * span ({@link JobOrigins}, attribute {@code engram.link=queued_by}), rather than being its child:
 * the run starts after the request has answered and its trace ended, possibly minutes later, on
 * another instance, and once per attempt; as children, the runs would stretch the request's trace
 * over all of that (its duration would no longer be the request's) and a request queuing many jobs
 * would make one unbounded trace. A link keeps both traces whole and still leads from either to the
 * other.
 */
@Singleton
@Requires(bean = io.opentelemetry.sdk.trace.export.SpanExporter.class)
final class JobSpans implements ExecutionInterceptor {
  static final String JOB = "engram.job";

  static final AttributeKey<String> LINK = AttributeKey.stringKey("engram.link");
  private static final Pattern TRACEPARENT =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

  private final BeanProvider<Tracer> tracer;
  private final JobOrigins origins;

  JobSpans(BeanProvider<Tracer> tracer, JobOrigins origins) {
    this.tracer = tracer;
    this.origins = origins;
  }

  @Override
  public CompletionHandler<?> execute(
      TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
    SpanBuilder builder =
        tracer
            .get()
            .spanBuilder("job " + instance.getTaskName())
            .setParent(Context.root())
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(JOB, instance.getTaskName())
            .setAttribute("engram.job.attempt", context.getExecution().consecutiveFailures + 1L);
    origin(instance)
        .ifPresent(queuedBy -> builder.addLink(queuedBy, Attributes.of(LINK, "queued_by")));
    Span span = builder.startSpan();
    try (Scope scope = span.makeCurrent()) {
      return chain.proceed(instance, context);
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  /** The span context of the request that queued this execution, when one was recorded. */
  private Optional<SpanContext> origin(TaskInstance<?> instance) {
    Optional<String> recorded;
    try {
      recorded = origins.find(instance.getTaskName(), instance.getId());
    } catch (RuntimeException e) {
      return Optional.empty(); // tracing never fails a job
    }
    return recorded
        .map(TRACEPARENT::matcher)
        .filter(Matcher::matches)
        .map(
            m ->
                SpanContext.createFromRemoteParent(
                    m.group(1),
                    m.group(2),
                    TraceFlags.fromHex(m.group(3), 0),
                    TraceState.getDefault()))
        .filter(SpanContext::isValid);
  }
}
