package dev.engram.api.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.HttpServerConfiguration.CorsConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin requests (Micronaut's CORS filter) only from the console origins of {@code
 * engram.console.origins}; with none configured, CORS stays off and browsers allow only same-origin
 * calls (the console served at {@code /admin} needs nothing more).
 */
@Singleton
final class ConsoleOrigins implements BeanCreatedEventListener<CorsConfiguration> {
  private final ConsoleConfiguration configuration;

  ConsoleOrigins(ConsoleConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public CorsConfiguration onCreated(BeanCreatedEvent<CorsConfiguration> event) {
    CorsConfiguration cors = event.getBean();
    List<String> origins = configuration.origins();
    if (origins.isEmpty()) {
      cors.setEnabled(false);
      cors.setConfigurations(Map.of());
      return cors;
    }
    CorsOriginConfiguration console = new CorsOriginConfiguration();
    console.setAllowedOrigins(List.copyOf(origins));
    console.setAllowedMethods(
        List.of(
            HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE));
    console.setAllowedHeaders(
        List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
    console.setExposedHeaders(List.of("Retry-After", "X-Request-Id", "Location"));
    console.setAllowCredentials(false);
    cors.setEnabled(true);
    cors.setLocalhostPassThrough(false);
    cors.setConfigurations(Map.of("console", console));
    return cors;
  }
}
