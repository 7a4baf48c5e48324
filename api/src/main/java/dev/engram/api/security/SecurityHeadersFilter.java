package dev.engram.api.security;

import dev.engram.api.realtime.GatewayAddress;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;

/**
 * Headers every response carries: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options:
 * DENY}, {@code Referrer-Policy: no-referrer}, and a Content-Security-Policy: for the console's
 * pages ({@code /admin}) scripts, styles, fonts and images only from this origin and connections
 * only to it, to the realtime gateway and, when Keycloak is configured, to the identity provider
 * (the console exchanges its authorization code at the token endpoint); for API answers nothing at
 * all may load. The console API also gets {@code Cache-Control: no-store}: its answers hold tokens
 * (sign-in), key secrets (create, rotate) and tenant data that no cache may keep. No {@code Server}
 * header is sent.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements io.micronaut.core.order.Ordered {
  /** For JSON and text answers: nothing in them may load or frame anything. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private final GatewayAddress gateway;
  private final BeanProvider<OidcDiscovery> oidc;

  SecurityHeadersFilter(GatewayAddress gateway, BeanProvider<OidcDiscovery> oidc) {
    this.gateway = gateway;
    this.oidc = oidc;
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String path = request.getPath();
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
    response.getHeaders().set("X-Frame-Options", "DENY");
    response.getHeaders().set("Referrer-Policy", "no-referrer");
    response.getHeaders().remove("Server");
    if (path.startsWith("/admin/v1/")) {
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    if (isConsolePage(path)) {
      response.getHeaders().set("Content-Security-Policy", consolePolicy(request));
    } else if (!path.startsWith("/docs") && !path.startsWith("/openapi")) {
      // the API reference (Redoc) brings its own scripts; every other answer is data
      response.getHeaders().set("Content-Security-Policy", API_POLICY);
    }
  }

  private static boolean isConsolePage(String path) {
    return (path.equals("/admin") || path.startsWith("/admin/")) && !path.startsWith("/admin/v1/");
  }

  /**
   * The console's policy: no inline script or style, no eval, no plugins, no framing; fetches go to
   * this origin, the live view's EventSource to the gateway.
   */
  private String consolePolicy(HttpRequest<?> request) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self'; connect-src 'self' "
        + gateway.baseUrl(request)
        + identityProviderOrigin()
        + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  /** The configured issuer's origin (scheme, host, port), or nothing without Keycloak. */
  private String identityProviderOrigin() {
    if (!oidc.isPresent()) {
      return "";
    }
    return oidc.get()
        .configuration()
        .issuerUrl()
        .map(URI::create)
        .map(issuer -> " " + issuer.getScheme() + "://" + issuer.getRawAuthority())
        .orElse("");
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
