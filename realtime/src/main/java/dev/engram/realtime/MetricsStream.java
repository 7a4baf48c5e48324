package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One {@code GET /v1/stream/metrics} connection (seed 000): a snapshot of the app's live metrics
 * (one tool's with {@code tool_id}) at once and then every {@code metrics-interval}, numbered. Each
 * snapshot is the current state, so resuming with {@code Last-Event-ID} continues the numbering
 * with a fresh snapshot at once (nothing older is worth replaying).
 */
final class MetricsStream implements Connection {
  private final Hub hub;
  private final AppScope scope;
  private final Optional<String> toolId;
  private final MetricsSource source;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile String closeCode = "closed";

  MetricsStream(Hub hub, AppScope scope, Optional<String> toolId, MetricsSource source) {
    this.hub = hub;
    this.scope = scope;
    this.toolId = toolId;
    this.source = source;
  }

  static Optional<Long> parseId(String id) {
    try {
      return Optional.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  void run(SseSink sink, long after) throws InterruptedException {
    long id = after;
    try {
      while (true) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("app_id", scope.appId());
        toolId.ifPresent(t -> data.put("tool_id", t));
        data.put("at", hub.clock.instant().toString());
        data.put("metrics", source.snapshot(scope.appId(), toolId));
        sink.emit(
            SseEvent.builder()
                .id(Long.toString(++id))
                .name("metrics")
                .data(Json.write(data))
                .build());
        if (closed.await(hub.config.metricsInterval().toMillis(), TimeUnit.MILLISECONDS)) {
          sink.emit(
              SseEvent.builder().name("error").data("{\"code\":\"" + closeCode + "\"}").build());
          return;
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException gone) {
      // the client went away
    } finally {
      try {
        sink.close();
      } catch (RuntimeException ignored) {
        // already closed
      }
    }
  }

  @Override
  public AppScope scope() {
    return scope;
  }

  @Override
  public void close(int code, String errorCode, String message) {
    closeCode = errorCode;
    closed.countDown();
  }
}
