package dev.engram.realtime;

import java.time.Duration;

/**
 * Settings of the gateway (README § Configuration, {@code engram.realtime.*}).
 *
 * @param host the interface to listen on
 * @param port its port; 0 picks a free one (tests)
 * @param maxConnectionsPerKey open WebSocket + SSE connections one API key may hold on one instance
 * @param maxFrameBytes the largest client frame accepted (a larger one is answered with {@code
 *     frame_too_large} and close code 1009)
 * @param queueLimit events one service's sync queue holds; beyond it the oldest are dropped and the
 *     service told in an {@code overflow} frame
 * @param retention how long unacknowledged events and silent services are kept
 * @param heartbeat interval of {@code heartbeat} frames and SSE keep-alive comments
 * @param retryInitial first wait before unacknowledged events are sent again (doubles each time)
 * @param retryMax the longest wait between two sends of unacknowledged events
 * @param batchMax most events in one {@code sync} frame
 * @param ticketTtl life of a ticket from {@code POST /v1/realtime/tickets}
 * @param recheck how often live connections check that their key is still valid (besides the
 *     revocation messages, which close them at once)
 * @param sseBuffer recent events per app kept for SSE {@code Last-Event-ID} resumption
 * @param metricsInterval interval of the {@code /v1/stream/metrics} snapshots
 */
public record RealtimeConfig(
    String host,
    int port,
    int maxConnectionsPerKey,
    int maxFrameBytes,
    int queueLimit,
    Duration retention,
    Duration heartbeat,
    Duration retryInitial,
    Duration retryMax,
    int batchMax,
    Duration ticketTtl,
    Duration recheck,
    int sseBuffer,
    Duration metricsInterval) {

  public static final int DEFAULT_PORT = 8081;

  public RealtimeConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535");
    }
    if (maxConnectionsPerKey < 1 || maxFrameBytes < 1024 || queueLimit < 1 || batchMax < 1) {
      throw new IllegalArgumentException("realtime limits must be positive");
    }
  }

  public static RealtimeConfig defaults() {
    return new RealtimeConfig(
        "0.0.0.0",
        DEFAULT_PORT,
        100,
        1024 * 1024,
        10_000,
        Duration.ofDays(7),
        Duration.ofSeconds(25),
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        100,
        Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        1000,
        Duration.ofSeconds(5));
  }

  public RealtimeConfig withPort(int newPort) {
    return new RealtimeConfig(
        host,
        newPort,
        maxConnectionsPerKey,
        maxFrameBytes,
        queueLimit,
        retention,
        heartbeat,
        retryInitial,
        retryMax,
        batchMax,
        ticketTtl,
        recheck,
        sseBuffer,
        metricsInterval);
  }
}
