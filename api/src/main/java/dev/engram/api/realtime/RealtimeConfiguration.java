package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeConfig;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * The realtime gateway ({@code engram.realtime.*}; README § Realtime).
 *
 * @param enabled whether {@code ./engram run} starts the gateway inside the API process
 * @param host interface the gateway listens on
 * @param port the gateway's port ({@code ENGRAM_REALTIME_PORT}; 0 picks a free one)
 * @param redisUrl Redis for the event bus ({@code REDIS_URL}, e.g. {@code redis://host:6379}); when
 *     unset, events stay in this process
 * @param maxConnectionsPerKey WebSocket + SSE connections one API key may hold on one instance
 * @param maxFrameBytes largest client frame accepted
 * @param queueLimit events one service's durable sync queue holds before dropping its oldest
 * @param retention how long unacknowledged events and silent services are kept
 * @param heartbeat interval of heartbeat frames and SSE keep-alive comments
 * @param retryInitial first wait before unacknowledged events are sent again (doubles)
 * @param retryMax longest wait between two sends of unacknowledged events
 * @param batchMax most events in one sync frame
 * @param ticketTtl life of a ticket from POST /v1/realtime/tickets
 * @param recheck interval at which live connections re-check their key
 * @param sseBuffer recent events per app kept for SSE Last-Event-ID resumption
 * @param metricsInterval interval of /v1/stream/metrics snapshots
 * @param corsOrigins browser origins that may read the SSE streams cross-origin (the console's);
 *     unset: the API's own, {@code http://localhost:<engram.port>} and {@code
 *     http://127.0.0.1:<engram.port>}
 * @param publicUrl the gateway's base URL as browsers reach it (e.g. behind a load balancer);
 *     unset: the console request's host with the gateway's port
 */
@ConfigurationProperties("engram.realtime")
public record RealtimeConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "0.0.0.0") String host,
    @Bindable(defaultValue = "8081") int port,
    @Nullable String redisUrl,
    @Bindable(defaultValue = "100") int maxConnectionsPerKey,
    @Bindable(defaultValue = "1048576") int maxFrameBytes,
    @Bindable(defaultValue = "10000") int queueLimit,
    @Bindable(defaultValue = "7d") Duration retention,
    @Bindable(defaultValue = "25s") Duration heartbeat,
    @Bindable(defaultValue = "2s") Duration retryInitial,
    @Bindable(defaultValue = "60s") Duration retryMax,
    @Bindable(defaultValue = "100") int batchMax,
    @Bindable(defaultValue = "60s") Duration ticketTtl,
    @Bindable(defaultValue = "30s") Duration recheck,
    @Bindable(defaultValue = "1000") int sseBuffer,
    @Bindable(defaultValue = "5s") Duration metricsInterval,
    @Nullable List<String> corsOrigins,
    @Nullable String publicUrl) {

  RealtimeConfig toGatewayConfig() {
    return new RealtimeConfig(
        host,
        port,
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

  boolean hasRedis() {
    return redisUrl != null && !redisUrl.isBlank();
  }
}
