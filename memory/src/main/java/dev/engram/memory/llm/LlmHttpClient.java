package dev.engram.memory.llm;

import dev.engram.memory.retry.RetryPolicy;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP client under every LangChain4j chat model: the JDK client, plus the {@code Retry-After}
 * header of a failed response, which LangChain4j's own exceptions drop and {@link JsonChat} needs
 * to wait before its one retry. Streaming is not used.
 */
final class LlmHttpClient implements HttpClient {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final java.net.http.HttpClient client;
  private final Duration readTimeout;

  private LlmHttpClient(Duration connectTimeout, Duration readTimeout) {
    this.client =
        java.net.http.HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    this.readTimeout = readTimeout;
  }

  /** A builder the LangChain4j model builders accept. */
  static HttpClientBuilder builder(Duration timeout) {
    return new Builder(timeout);
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder http =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> http.header(name, value));
              }
            });
    String body = request.body();
    http.method(
        request.method().name(),
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the LLM", e);
    }
    if (response.statusCode() < 200 || response.statusCode() >= 300) {
      throw new StatusException(
          response.statusCode(),
          response.body(),
          RetryPolicy.retryAfter(response.headers().firstValue("Retry-After")));
    }
    Map<String, List<String>> headers = response.headers().map();
    return SuccessfulHttpResponse.builder()
        .statusCode(response.statusCode())
        .headers(headers)
        .body(response.body())
        .build();
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException("streaming is not used");
  }

  /** A non-2xx answer, with the server's {@code Retry-After} when it sent one in seconds. */
  static final class StatusException extends HttpException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Duration> retryAfter;

    StatusException(int statusCode, String body, Optional<Duration> retryAfter) {
      super(statusCode, body);
      this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
      return retryAfter;
    }
  }

  private static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    Builder(Duration timeout) {
      this.connectTimeout = timeout;
      this.readTimeout = timeout;
    }

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      if (timeout != null) {
        this.connectTimeout = timeout;
      }
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      if (timeout != null) {
        this.readTimeout = timeout;
      }
      return this;
    }

    @Override
    public HttpClient build() {
      return new LlmHttpClient(connectTimeout, readTimeout);
    }
  }
}
