package dev.engram.memory.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real local HTTP server (private networks allowed for the test). */
class CallbackSenderTest {
  private final CallbackConfiguration config =
      new CallbackConfiguration(
          true, List.of(), 3, Duration.ofMillis(50), Duration.ofSeconds(5), 20);
  private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private CallbackSender sender;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          received.add(
              exchange.getRequestHeaders().getFirst("X-Token")
                  + " "
                  + exchange.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          Integer status = script.poll();
          int code = status == null ? 200 : status;
          if (code / 100 == 3) {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/");
          }
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
    sender = new CallbackSender(config, new CallbackUrls(config), pauses::add);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    sender.close();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  private CallbackOutcome post() {
    return sender.post(
        url(), Map.of("X-Token", "t1"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deliversWithTheCallersHeadersAsJson() {
    CallbackOutcome outcome = post();

    assertThat(outcome).isEqualTo(new CallbackOutcome(true, 1, 200, null));
    assertThat(received).containsExactly("t1 application/json {\"a\":1}");
    assertThat(pauses).isEmpty();
  }

  @Test
  void retriesServerErrorsWithExponentialBackoff() {
    script.addAll(List.of(500, 503));

    CallbackOutcome outcome = post();

    assertThat(outcome.delivered()).isTrue();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(requests).hasValue(3);
    assertThat(pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    script.addAll(List.of(500, 429, 408, 500));

    CallbackOutcome outcome = post();

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.lastStatus()).isEqualTo(408);
    assertThat(outcome.error()).contains("gave up after 3 attempts");
    assertThat(requests).hasValue(3);
  }

  @Test
  void givesUpAtOnceOnAClientError() {
    script.add(404);

    CallbackOutcome outcome = post();

    assertThat(outcome).isEqualTo(new CallbackOutcome(false, 1, 404, "HTTP 404"));
    assertThat(requests).hasValue(1);
  }

  @Test
  void doesNotFollowRedirects() {
    script.add(302);

    CallbackOutcome outcome = post();

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.error()).contains("redirects are not followed");
    assertThat(requests).hasValue(1);
  }

  @Test
  void retriesWhenNothingListens() {
    URI closed = url();
    server.stop(0);

    CallbackOutcome outcome = sender.post(closed, Map.of(), new byte[0]);

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.lastStatus()).isNull();
    assertThat(outcome.error()).contains("ConnectException");
  }

  @Test
  void refusesBeforeSendingWhenTheGuardNoLongerAllowsTheHost() {
    CallbackConfiguration strict = CallbackConfiguration.defaults();
    try (CallbackSender guarded =
        new CallbackSender(strict, new CallbackUrls(strict), pauses::add)) {
      CallbackOutcome outcome = guarded.post(url(), Map.of(), new byte[0]);

      assertThat(outcome.delivered()).isFalse();
      assertThat(outcome.attempts()).isZero();
      assertThat(outcome.error()).startsWith("refused: ").contains("loopback");
    }
    assertThat(requests).hasValue(0);
  }
}
