package dev.engram.api.tracing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.inject.Singleton;

/** The SDK's in-memory span exporter as the application's exporter, for tests that ask for it. */
@Factory
@Requires(property = "test.tracing.in-memory", value = "true")
class InMemorySpans {
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }
}
