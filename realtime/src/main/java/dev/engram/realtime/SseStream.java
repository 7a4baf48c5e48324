package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.event.PlatformEvent;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code GET /v1/stream/events} connection: the app's events of the chosen topics, each as an
 * SSE event whose id is the event id (send it back as {@code Last-Event-ID} to resume). The handler
 * thread (a virtual thread) blocks on a small queue; a client too slow to keep up loses events,
 * counted and announced in an {@code overflow} event.
 */
final class SseStream implements Connection {
  /** An event with its JSON, serialized once for every stream that gets it. */
  record Outgoing(PlatformEvent event, String json) {}

  private static final int BUFFER = 1000;
  private static final Object CLOSE = new Object();

  private final Hub hub;
  private final AppScope scope;
  private final Set<String> topics;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFER);
  private final AtomicLong dropped = new AtomicLong();
  private volatile String closeCode;
  private volatile String closeMessage;

  SseStream(Hub hub, AppScope scope, Set<String> topics) {
    this.hub = hub;
    this.scope = scope;
    this.topics = topics;
  }

  void offer(Outgoing event) {
    if (!queue.offer(event)) {
      dropped.incrementAndGet();
      hub.metrics.dropped("sse_overflow", 1);
    }
  }

  /** Streams until the client goes away or the connection is closed. */
  void run(SseSink sink, List<PlatformEvent> missed) throws InterruptedException {
    Duration heartbeat = hub.config.heartbeat();
    try {
      sink.emit(
          SseEvent.builder()
              .comment("engram realtime")
              .reconnectDelay(Duration.ofSeconds(3))
              .build());
      for (PlatformEvent event : missed) {
        emit(sink, new Outgoing(event, Json.writeEvent(event)));
      }
      while (true) {
        Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (next == CLOSE) {
          sink.emit(
              SseEvent.builder()
                  .name("error")
                  .data("{\"code\":\"" + closeCode + "\",\"message\":\"" + closeMessage + "\"}")
                  .build());
          return;
        }
        if (next == null) {
          sink.emit(SseEvent.builder().comment("heartbeat").build());
        } else {
          emit(sink, (Outgoing) next);
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          sink.emit(SseEvent.builder().name("overflow").data("{\"dropped\":" + lost + "}").build());
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

  private void emit(SseSink sink, Outgoing out) {
    sink.emit(SseEvent.builder().id(out.event().id()).data(out.json()).build());
    hub.metrics.delivered(Duration.between(out.event().at(), hub.clock.instant()), "sse");
  }

  Set<String> topics() {
    return topics;
  }

  String appId() {
    return scope.appId();
  }

  @Override
  public AppScope scope() {
    return scope;
  }

  @Override
  public void close(int code, String errorCode, String message) {
    closeCode = errorCode;
    closeMessage = message;
    queue.clear();
    queue.offer(CLOSE);
  }
}
