package dev.engram.sdk.model;

/**
 * Seed 001's connection-pool figures, for this client. The JDK's HTTP client does not expose its
 * pool, so these are the client's own counts: requests in flight now ({@code activeHandlers}), and
 * the requests sent and retries made since it was built.
 */
public record PoolStats(
    String baseUrl, String httpVersion, int activeHandlers, long requestsSent, long retries) {}
