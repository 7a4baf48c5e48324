package dev.engram.api.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tracing is off without an exporter and on with one; the OTLP exporter builds offline. */
class TracingFactoryTest {
  private static final TracingConfiguration OFF = new TracingConfiguration(null, "engram", 1.0);

  @Test
  void withoutAnExporterSpansAreNoOps() {
    OpenTelemetry telemetry = new TracingFactory().openTelemetry(OFF, List.of());

    assertThat(telemetry).isNotInstanceOf(OpenTelemetrySdk.class);
    assertThat(telemetry.getTracer("x").spanBuilder("s").startSpan().getSpanContext().isValid())
        .isFalse();
  }

  @Test
  void withAnExporterSpansAreRecordedAndExported() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetry telemetry = new TracingFactory().openTelemetry(OFF, List.of(exporter));

    telemetry.getTracer("x").spanBuilder("s").startSpan().end();
    ((OpenTelemetrySdk) telemetry)
        .getSdkTracerProvider()
        .forceFlush()
        .join(5, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(exporter.getFinishedSpanItems())
        .singleElement()
        .satisfies(
            span -> {
              assertThat(span.getName()).isEqualTo("s");
              assertThat(span.getResource().getAttributes().asMap().toString())
                  .contains("service.name=engram");
            });
  }

  @Test
  void theOtlpExporterIsBuiltFromTheEndpoint() {
    SpanExporter exporter =
        new TracingFactory()
            .otlpExporter(
                new TracingConfiguration("http://127.0.0.1:4318/v1/traces", "engram", 1.0));

    assertThat(exporter.toString()).contains("127.0.0.1:4318");
    exporter.close();
  }
}
