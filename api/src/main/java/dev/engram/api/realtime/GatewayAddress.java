package dev.engram.api.realtime;

import dev.engram.realtime.RealtimeGateway;
import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Where browsers reach the realtime gateway: {@code engram.realtime.public-url}, or the request's
 * host with the gateway's port. The console's live view connects there, and the console pages'
 * Content-Security-Policy allows exactly that origin.
 */
@Singleton
public final class GatewayAddress {
  private final RealtimeConfiguration config;
  private final BeanContext beans;

  GatewayAddress(RealtimeConfiguration config, BeanContext beans) {
    this.config = config;
    this.beans = beans;
  }

  /** The gateway's base URL (scheme, host, port; no trailing slash) as seen from the request. */
  public String baseUrl(HttpRequest<?> request) {
    if (config.publicUrl() != null && !config.publicUrl().isBlank()) {
      String url = config.publicUrl().strip();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (host == null || host.isBlank()) {
      host = "localhost";
    }
    host =
        host.startsWith("[")
            ? host.substring(0, host.indexOf(']') + 1)
            : host.replaceFirst(":\\d+$", "");
    int port =
        config.port() > 0
            ? config.port()
            : StartedGateway.in(beans).map(RealtimeGateway::port).orElse(config.port());
    return (request.isSecure() ? "https" : "http") + "://" + host + ":" + port;
  }
}
