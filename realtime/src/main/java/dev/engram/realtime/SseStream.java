package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.event.PlatformEvent;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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

  /** Most events written before one flush. */
  private static final int BATCH = 100;

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

  /**
   * Streams until the client goes away or the connection is closed. Events that wait together are
   * written together and flushed once (one write to the socket, one HTTP chunk, for a burst rather
   * than one per event), which is what a loaded gateway spends its time on when an event goes to
   * thousands of streams.
   */
  void run(ServerResponse res, List<PlatformEvent> missed) throws InterruptedException {
    Duration heartbeat = hub.config.heartbeat();
    res.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
    res.header(HeaderNames.CACHE_CONTROL, "no-cache");
    List<Object> batch = new ArrayList<>();
    try (OutputStream out = res.outputStream()) {
      write(out, ":engram realtime\nretry:3000\n\n");
      for (PlatformEvent event : missed) {
        emit(out, new Outgoing(event, Json.writeEvent(event)));
      }
      out.flush();
      while (true) {
        Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          write(out, ":heartbeat\n\n");
        } else {
          batch.add(next);
          queue.drainTo(batch, BATCH - 1);
          for (Object item : batch) {
            if (item == CLOSE) {
              write(
                  out,
                  "event:error\ndata:{\"code\":\""
                      + closeCode
                      + "\",\"message\":\""
                      + closeMessage
                      + "\"}\n\n");
              out.flush();
              return;
            }
            emit(out, (Outgoing) item);
          }
          batch.clear();
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          write(out, "event:overflow\ndata:{\"dropped\":" + lost + "}\n\n");
        }
        out.flush();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException gone) {
      // the client went away
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private void emit(OutputStream out, Outgoing event) throws IOException {
    // the event's JSON is one line (no raw line breaks), as an SSE data field needs
    write(out, "id:" + event.event().id() + "\ndata:" + event.json() + "\n\n");
    hub.metrics.delivered(Duration.between(event.event().at(), hub.clock.instant()), "sse");
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
