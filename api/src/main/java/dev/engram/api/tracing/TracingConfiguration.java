package dev.engram.api.tracing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * OpenTelemetry traces, off by default.
 *
 * @param otlpEndpoint OTLP/HTTP traces endpoint ({@code ENGRAM_TRACING_OTLP_ENDPOINT}, e.g. {@code
 *     http://otel-collector:4318/v1/traces}); unset: no spans are recorded or sent
 * @param serviceName the {@code service.name} resource attribute ({@code
 *     ENGRAM_TRACING_SERVICE_NAME})
 * @param sampleRatio share of traces kept when the caller sent no sampling decision ({@code
 *     ENGRAM_TRACING_SAMPLE_RATIO}, 0–1)
 */
@ConfigurationProperties("engram.tracing")
public record TracingConfiguration(
    @Nullable String otlpEndpoint,
    @Bindable(defaultValue = "engram") String serviceName,
    @Bindable(defaultValue = "1.0") double sampleRatio) {}
