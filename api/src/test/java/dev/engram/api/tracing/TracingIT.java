package dev.engram.api.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a request is one trace continuing the caller's {@code traceparent}: the server
 * span, then the engine's spans (embedder, store, index) as its descendants, with the app id as an
 * attribute and no user content anywhere. Spans go to the SDK's in-memory exporter here; in
 * production to OTLP ({@code engram.tracing.otlp-endpoint}).
 */
@MicronautTest(transactional = false)
class TracingIT extends ApiTestSupport {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN = "00f067aa0ba902b7";
  private static final String QUEUING_TRACE = "5c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f";

  @Inject InMemorySpanExporter spans;
  @Inject OpenTelemetry openTelemetry;
  private String app;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("test.tracing.in-memory", "true");
    return properties;
  }

  @BeforeAll
  void createApp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    app = createApp(root, createOrg(root, unique("trace-org")), "traced");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  @Test
  void aWriteIsOneTraceFromHttpThroughEmbedderAndStoreWithTheAppButNoContent() {
    Http.Response added =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "u1", "content", "Pia keeps honeybees in Leipzig")),
            traced(TRACE));
    assertThat(added.status()).as(added.body()).isEqualTo(201);

    List<SpanData> trace = trace();
    SpanData server =
        trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    assertThat(server.getName()).isEqualTo("POST /v1/memories");
    assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN);
    assertThat(server.getAttributes().asMap().toString()).contains("http.response.status_code=201");
    assertThat(trace)
        .extracting(SpanData::getName)
        .contains("embedder.embed_all")
        .anyMatch(name -> name.startsWith("store.jdbc."));
    assertThat(trace)
        .filteredOn(s -> s.getName().equals("store.jdbc.insert"))
        .allSatisfy(s -> assertThat(s.getAttributes().asMap().toString()).contains(app));
    for (SpanData span : trace) {
      assertThat(span.getAttributes().asMap().toString())
          .as(span.getName())
          .doesNotContain("honeybees", "Leipzig", "Pia");
    }
  }

  @Test
  void aSearchShowsItsIndexQueries() {
    Http.Response found =
        http.post(
            "/v1/memories/search",
            http.toJson(Map.of("query", "which insects", "user_id", "u1")),
            traced(TRACE.replace('4', '5')));
    assertThat(found.status()).isEqualTo(200);

    List<SpanData> trace = trace(TRACE.replace('4', '5'));
    assertThat(trace)
        .extracting(SpanData::getName)
        .contains("POST /v1/memories/search", "index.lucene.vector_search", "embedder.embed");
  }

  @Test
  void aBackgroundJobRunIsATraceOfItsOwnLinkedToTheRequestThatQueuedIt()
      throws InterruptedException {
    List<Map<String, String>> messages = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      messages.add(
          Map.of(
              "role",
              i % 2 == 0 ? "user" : "assistant",
              "content",
              i % 2 == 0 ? "I keep bees in the garden number " + i : "Noted."));
    }
    Http.Response accepted =
        http.post(
            "/v1/conversations",
            http.toJson(Map.of("user_id", "u2", "messages", messages)),
            traced(QUEUING_TRACE));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

    SpanData job = null;
    for (int i = 0; i < 300 && job == null; i++) {
      job =
          finished().stream()
              .filter(s -> s.getName().equals("job conversation"))
              .findFirst()
              .orElse(null);
      if (job == null) {
        Thread.sleep(100);
      }
    }
    assertThat(job).as("a span for the conversation job").isNotNull();
    assertThat(job.getParentSpanContext().isValid()).as("a trace of its own").isFalse();
    assertThat(job.getAttributes().asMap().toString()).contains("engram.job=conversation");
    String jobTrace = job.getTraceId();
    String jobSpan = job.getSpanId();
    List<SpanData> inside =
        finished().stream().filter(s -> s.getTraceId().equals(jobTrace)).toList();
    assertThat(inside)
        .filteredOn(s -> s.getName().startsWith("store.jdbc."))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(descendsFrom(s, jobSpan, inside)).as(s.getName()).isTrue());
    for (SpanData span : inside) {
      assertThat(span.getAttributes().asMap().toString()).as(span.getName()).doesNotContain("bees");
    }

    // the run links to the request that queued it (a link, not a parent: see JobSpans)
    List<SpanData> queuing = trace(QUEUING_TRACE);
    SpanData request =
        queuing.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    assertThat(request.getName()).isEqualTo("POST /v1/conversations");
    assertThat(job.getLinks()).hasSize(1);
    LinkData link = job.getLinks().getFirst();
    assertThat(link.getSpanContext().getTraceId()).isEqualTo(QUEUING_TRACE);
    assertThat(link.getAttributes().get(JobSpans.LINK)).isEqualTo("queued_by");
    String linked = link.getSpanContext().getSpanId();
    SpanData queuedBy =
        queuing.stream().filter(s -> s.getSpanId().equals(linked)).findFirst().orElseThrow();
    assertThat(
            queuedBy.getSpanId().equals(request.getSpanId())
                || descendsFrom(queuedBy, request.getSpanId(), queuing))
        .as("the link leads to the request's span (%s)", queuedBy.getName())
        .isTrue();
  }

  private static boolean descendsFrom(SpanData span, String ancestor, List<SpanData> trace) {
    SpanData at = span;
    for (int depth = 0; depth < 50 && at != null; depth++) {
      if (at.getParentSpanId().equals(ancestor)) {
        return true;
      }
      String parent = at.getParentSpanId();
      at = trace.stream().filter(s -> s.getSpanId().equals(parent)).findFirst().orElse(null);
    }
    return false;
  }

  private List<SpanData> finished() {
    ((OpenTelemetrySdk) openTelemetry)
        .getSdkTracerProvider()
        .forceFlush()
        .join(10, TimeUnit.SECONDS);
    return spans.getFinishedSpanItems();
  }

  private String[] traced(String traceId) {
    String[] bearer = Http.bearer(key);
    return new String[] {
      bearer[0], bearer[1], "traceparent", "00-" + traceId + "-" + CALLER_SPAN + "-01"
    };
  }

  private List<SpanData> trace() {
    return trace(TRACE);
  }

  private List<SpanData> trace(String traceId) {
    ((OpenTelemetrySdk) openTelemetry)
        .getSdkTracerProvider()
        .forceFlush()
        .join(10, TimeUnit.SECONDS);
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getTraceId().equals(traceId))
        .toList();
  }
}
