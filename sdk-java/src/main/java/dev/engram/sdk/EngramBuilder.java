package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configures an {@link Engram} client. Unset, the URL and key come from {@code ENGRAM_URL} (default
 * {@code http://localhost:8080}) and {@code ENGRAM_API_KEY}.
 */
public final class EngramBuilder {
  static final String DEFAULT_URL = "http://localhost:8080";

  private final Map<String, String> environment;
  private String baseUrl;
  private String apiKey;
  private Duration timeout = Duration.ofSeconds(30);
  private Duration connectTimeout = Duration.ofSeconds(10);
  private RetryPolicy retry = RetryPolicy.DEFAULT;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private HttpClient httpClient;
  private Clock clock = Clock.systemUTC();
  private Transport.Pause pause = Transport.Pause.REAL;

  EngramBuilder(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The server, e.g. {@code http://localhost:8080}. */
  public EngramBuilder baseUrl(String baseUrl) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
    return this;
  }

  /** An API key ({@code eng_…}), sent as {@code Authorization: Bearer …}. */
  public EngramBuilder apiKey(String apiKey) {
    this.apiKey = apiKey;
    return this;
  }

  /** The time one request may take (default 30 s). */
  public EngramBuilder timeout(Duration timeout) {
    this.timeout = requireNonNull(timeout, "timeout is null");
    return this;
  }

  /** The time opening a connection may take (default 10 s). */
  public EngramBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = requireNonNull(connectTimeout, "connectTimeout is null");
    return this;
  }

  /** The retry policy (default {@link RetryPolicy#DEFAULT}: 3 retries). */
  public EngramBuilder retry(RetryPolicy retry) {
    this.retry = requireNonNull(retry, "retry is null");
    return this;
  }

  public EngramBuilder maxRetries(int maxRetries) {
    this.retry = retry.withMaxRetries(maxRetries);
    return this;
  }

  /** A header sent with every request. */
  public EngramBuilder header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Your own JDK HTTP client (proxy, TLS, executor); the client then does not close it. */
  public EngramBuilder httpClient(HttpClient httpClient) {
    this.httpClient = requireNonNull(httpClient, "httpClient is null");
    return this;
  }

  EngramBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  EngramBuilder pause(Transport.Pause pause) {
    this.pause = pause;
    return this;
  }

  public Engram build() {
    String url = firstNonBlank(baseUrl, environment.get("ENGRAM_URL"), DEFAULT_URL);
    String key = firstNonBlank(apiKey, environment.get("ENGRAM_API_KEY"), null);
    URI base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    if (base.getScheme() == null || base.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put("User-Agent", "engram-java/" + Engram.VERSION);
    all.put("Accept", "application/json");
    if (key != null) {
      all.put("Authorization", "Bearer " + key);
    }
    all.putAll(headers);
    boolean own = httpClient == null;
    HttpClient http =
        own
            ? HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
            : httpClient;
    return new Engram(new Transport(http, base, all, timeout, retry, clock, pause), own);
  }

  private static String firstNonBlank(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    if (b != null && !b.isBlank()) {
      return b;
    }
    return fallback;
  }
}
