package dev.engram.api.tracing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The OpenTelemetry SDK when a span exporter exists (the OTLP one when {@code
 * engram.tracing.otlp-endpoint} is set), else the no-op implementation: spans cost nothing and go
 * nowhere.
 */
@Factory
final class TracingFactory {
  static final String INSTRUMENTATION = "dev.engram";

  @Singleton
  @Requires(property = "engram.tracing.otlp-endpoint")
  SpanExporter otlpExporter(TracingConfiguration config) {
    return OtlpHttpSpanExporter.builder().setEndpoint(config.otlpEndpoint()).build();
  }

  private volatile OpenTelemetrySdk sdk;

  @Singleton
  OpenTelemetry openTelemetry(TracingConfiguration config, List<SpanExporter> exporters) {
    if (exporters.isEmpty()) {
      return new NoopTelemetry();
    }
    SdkTracerProviderBuilder tracers =
        SdkTracerProvider.builder()
            .setResource(
                Resource.getDefault()
                    .merge(
                        Resource.create(
                            Attributes.of(
                                AttributeKey.stringKey("service.name"), config.serviceName()))))
            .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(config.sampleRatio())));
    for (SpanExporter exporter : exporters) {
      tracers.addSpanProcessor(BatchSpanProcessor.builder(exporter).build());
    }
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(tracers.build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    return sdk;
  }

  /** Sends the spans still batched and stops the exporters. */
  @PreDestroy
  void close() {
    if (sdk != null) {
      sdk.close();
    }
  }

  @Singleton
  Tracer tracer(OpenTelemetry openTelemetry) {
    return openTelemetry.getTracer(INSTRUMENTATION);
  }

  /** The no-op implementation, with the W3C propagator so a caller's trace id is still read. */
  static final class NoopTelemetry implements OpenTelemetry {
    @Override
    public io.opentelemetry.api.trace.TracerProvider getTracerProvider() {
      return OpenTelemetry.noop().getTracerProvider();
    }

    @Override
    public ContextPropagators getPropagators() {
      return ContextPropagators.create(W3CTraceContextPropagator.getInstance());
    }
  }
}
