package dev.engram.tools.security;

import dev.engram.tools.security.SecurityHttp.Reply;
import dev.engram.tools.security.Tenants.Tenant;
import dev.engram.tools.security.Tenants.World;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The realtime gateway (Helidon, a port of its own) in the suite: its routes come from its own
 * operator-only {@code GET /routes}, and each one listed must have probes here or it is uncovered.
 * Probes: missing, wrong-family, forged and replayed credentials; the operator endpoints and the
 * health details for anyone but the operator; a foreign origin's CORS preflight; tenant A's stream
 * subscribed to tenant B's user while both write (B's canary must never reach A); and bad query
 * values on every route that reads one (a clear 4xx without a stack trace).
 */
final class GatewayProbes {
  /** What the gateway part found; counted into the suite's result. */
  record Result(
      int routes,
      List<String> uncovered,
      int probes,
      List<String> leaks,
      List<String> inconclusive,
      int badInputs,
      int handled,
      List<String> badInputFailures) {}

  private static final String EVENTS = "GET /v1/stream/events";
  private static final String METRICS = "GET /v1/stream/metrics";
  private static final String WS = "GET /ws";
  private static final String HEALTH = "GET /health";
  private static final String PREFLIGHT = "OPTIONS /v1/stream/*";
  private static final String PROMETHEUS = "GET /prometheus";
  private static final String ROUTES = "GET /routes";

  private final SecurityHttp api;
  private final SecurityHttp gateway;
  private final HttpClient streams =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final World world;
  private final String operatorToken;
  private final ForgedTokens forged;
  private final List<String> leaks = new ArrayList<>();
  private final List<String> inconclusive = new ArrayList<>();
  private final List<String> badInputFailures = new ArrayList<>();
  private int probes;
  private int badInputs;
  private int handled;

  private GatewayProbes(SecurityHttp api, SecurityHttp gateway, World world, String operator) {
    this.api = api;
    this.gateway = gateway;
    this.world = world;
    this.operatorToken = operator;
    this.forged = ForgedTokens.of(world.a().adminToken());
  }

  /** Finds the gateway (the port a ticket names, on the API's host) and probes every route. */
  static Result run(SecurityHttp api, World world, String operatorToken) {
    Reply ticket = api.post("/v1/realtime/tickets", "", SecurityHttp.bearer(world.a().apiKey()));
    if (!ticket.ok() || ticket.text("realtime_port") == null) {
      throw new IllegalStateException("no realtime gateway: POST /v1/realtime/tickets " + ticket);
    }
    URI base = api.base();
    URI gatewayBase =
        URI.create(
            base.getScheme()
                + "://"
                + base.getHost()
                + ":"
                + Integer.parseInt(ticket.text("realtime_port")));
    GatewayProbes probes =
        new GatewayProbes(api, new SecurityHttp(gatewayBase), world, operatorToken);
    return probes.all();
  }

  private Result all() {
    Map<String, Runnable> table =
        Map.of(
            EVENTS, () -> stream("/v1/stream/events", true),
            METRICS, () -> stream("/v1/stream/metrics", false),
            WS, this::webSocket,
            HEALTH, this::health,
            PREFLIGHT, this::preflight,
            PROMETHEUS, () -> operatorOnly("/prometheus"),
            ROUTES, () -> operatorOnly("/routes"));
    List<String[]> routes = SecuritySuite.routes(gateway, operatorToken);
    List<String> uncovered = new ArrayList<>();
    for (String[] route : routes) {
      Runnable probe = table.get(route[0] + " " + route[1]);
      if (probe == null) {
        uncovered.add("gateway " + route[0] + " " + route[1]);
      } else {
        probe.run();
      }
    }
    return new Result(
        routes.size(),
        uncovered,
        probes,
        leaks,
        inconclusive,
        badInputs,
        handled,
        badInputFailures);
  }

  // --- credentials -------------------------------------------------------------------------

  /** Credentials that must never open anything on the gateway. */
  private List<String[]> wrongCredentials() {
    Tenant a = world.a();
    return List.of(
        new String[0],
        SecurityHttp.bearer("eng_not-a-key"),
        SecurityHttp.bearer(a.adminToken()),
        SecurityHttp.bearer(forged.unsigned()),
        SecurityHttp.bearer(forged.otherKey()),
        new String[] {"X-API-Key", "eng_not-a-key"});
  }

  private void operatorOnly(String path) {
    String route = "GET " + path;
    List<String[]> refused = new ArrayList<>(wrongCredentials());
    refused.add(SecurityHttp.bearer(world.a().apiKey()));
    refused.add(SecurityHttp.bearer(operatorToken + "x"));
    for (String[] credential : refused) {
      Reply r = gateway.get(path, credential);
      probes++;
      if (r.status() != 401) {
        leaks.add(route + " [credential " + describe(credential) + "] -> " + r);
      }
    }
    Reply own = gateway.get(path, SecurityHttp.bearer(operatorToken));
    if (!own.ok()) {
      inconclusive.add(route + " [operator] -> " + own);
    }
  }

  private void health() {
    for (String[] credential : List.of(new String[0], SecurityHttp.bearer(world.a().apiKey()))) {
      Reply r = gateway.get("/health", credential);
      probes++;
      if (!r.ok() || r.json().size() != 1) {
        leaks.add(HEALTH + " [details to " + describe(credential) + "] -> " + r);
      }
    }
    Reply own = gateway.get("/health", SecurityHttp.bearer(operatorToken));
    if (!own.ok() || own.text("port") == null) {
      inconclusive.add(HEALTH + " [operator details] -> " + own);
    }
  }

  private void preflight() {
    Reply foreign =
        gateway.send(
            "OPTIONS",
            "/v1/stream/events",
            null,
            "application/json",
            new String[] {
              "Origin", "https://attacker.example", "Access-Control-Request-Method", "GET"
            });
    probes++;
    if (foreign.header("Access-Control-Allow-Origin") != null
        || foreign.header("Access-Control-Allow-Methods") != null) {
      leaks.add(PREFLIGHT + " [foreign origin allowed] -> " + foreign);
    }
    if (foreign.status() != 204) {
      inconclusive.add(PREFLIGHT + " [preflight answered] -> " + foreign);
    }
  }

  private void webSocket() {
    for (String[] credential : wrongCredentials()) {
      Reply r = gateway.get("/ws", credential);
      probes++;
      if (r.status() != 401) {
        leaks.add(WS + " [credential " + describe(credential) + "] -> " + r);
      }
    }
    Reply own = gateway.get("/ws", SecurityHttp.bearer(world.a().apiKey()));
    if (own.status() != 426) {
      inconclusive.add(WS + " [A's key, no upgrade: 426 expected] -> " + own);
    }
    for (String ticket : badValues(true)) {
      badInput(WS, "ticket=" + ticket, gateway.get("/ws?ticket=" + ticket), false);
    }
  }

  // --- SSE streams ---------------------------------------------------------------------------

  private void stream(String path, boolean events) {
    String route = "GET " + path;
    Tenant a = world.a();
    for (String[] credential : wrongCredentials()) {
      Opened r = open(path, credential);
      probes++;
      if (r.status() != 401) {
        leaks.add(route + " [credential " + describe(credential) + "] -> " + r);
      }
      r.close();
    }
    // a ticket is single-use: a replay is refused
    String ticket = ticket(a);
    Opened first = open(path + "?ticket=" + ticket);
    Opened replay = open(path + "?ticket=" + ticket);
    probes++;
    if (!first.open()) {
      inconclusive.add(route + " [A's ticket] -> " + first);
    }
    if (replay.status() != 401) {
      leaks.add(route + " [replayed ticket] -> " + replay);
    }
    first.close();
    replay.close();
    if (events) {
      crossTenant(route);
    }
    String field = events ? "topics" : "tool_id";
    for (String value : badValues(events)) {
      Opened r = open(path + "?" + field + "=" + value, SecurityHttp.bearer(a.apiKey()));
      badInput(route, field + "=" + value, r.reply(), false);
      r.close();
    }
    if (events) {
      for (String id : List.of("..%2F..%2Fetc", "99999999999999999999999", "-1", "%24ne")) {
        Opened r = open(path + "?topics=memory&last_event_id=" + id, bearerOf(a));
        // an unknown resume point resumes from now: the stream may open, but never fails
        badInput(route, "last_event_id=" + id, r.reply(), true);
        r.close();
      }
    }
  }

  /**
   * Tenant A subscribed to its memories and to a user topic named like B's user, while both tenants
   * write: A's stream must show A's write (else the probe is inconclusive) and never B's.
   */
  private void crossTenant(String route) {
    Tenant a = world.a();
    Tenant b = world.b();
    String nonce = UUID.randomUUID().toString().substring(0, 8);
    Opened stream =
        open(
            "/v1/stream/events?topics=memory,user:" + b.value("callerId"),
            SecurityHttp.bearer(a.apiKey()));
    probes++;
    if (!stream.open()) {
      inconclusive.add(route + " [A's own stream] -> " + stream);
      return;
    }
    try {
      StringBuilder seen = new StringBuilder();
      String own = a.canary() + " " + nonce;
      CountDownLatch ownSeen = new CountDownLatch(1);
      Thread.ofVirtual()
          .start(
              () ->
                  stream.lines(
                      line -> {
                        synchronized (seen) {
                          seen.append(line).append('\n');
                        }
                        if (line.contains(own)) {
                          ownSeen.countDown();
                        }
                      }));
      write(b, "likes tea " + b.canary() + " " + nonce);
      write(a, "likes tea " + own);
      if (!await(ownSeen)) {
        inconclusive.add(route + " [A's own write never reached A's stream]");
      }
      if (contains(seen, b.canary())) {
        leaks.add(route + " [B's write reached A's stream]");
      }
    } finally {
      stream.close();
    }
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean contains(StringBuilder seen, String text) {
    synchronized (seen) {
      return seen.indexOf(text) >= 0;
    }
  }

  private void write(Tenant t, String content) {
    Reply r =
        api.post(
            "/v1/memories",
            SecurityHttp.json(
                Map.of("user_id", t.value("callerId"), "content", content, "resolve", false)),
            SecurityHttp.bearer(t.apiKey()));
    if (!r.ok()) {
      inconclusive.add("POST /v1/memories for the gateway probe -> " + r);
    }
  }

  private String ticket(Tenant t) {
    Reply r = api.post("/v1/realtime/tickets", "", SecurityHttp.bearer(t.apiKey()));
    return r.text("ticket") == null ? "no-ticket" : r.text("ticket");
  }

  private static String[] bearerOf(Tenant t) {
    return SecurityHttp.bearer(t.apiKey());
  }

  // --- bad input -----------------------------------------------------------------------------

  /**
   * Query values that must be refused cleanly (already URL-encoded); the empty one only where a
   * value is required.
   */
  private static List<String> badValues(boolean withEmpty) {
    List<String> values =
        new ArrayList<>(
            List.of(
                enc("$ne"),
                enc("{\"$gt\":\"\"}"),
                enc("memory,$where"),
                enc("../../etc/passwd"),
                enc("user:../../x"),
                enc("user:a'; DROP TABLE memories;--"),
                "%00",
                "memory%00",
                "%ED%A0%80",
                enc("custom:" + "x".repeat(5000)),
                enc(
                    String.join(
                        ",",
                        java.util.stream.IntStream.range(0, 200)
                            .mapToObj(i -> "user:u" + i)
                            .toList())),
                enc("' OR 1=1 --")));
    if (withEmpty) {
      values.add("");
    }
    return values;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Counts one bad request: handled when refused with a 4xx that shows no stack trace (or, where
   * {@code mayOpen}, accepted as a stream).
   */
  private void badInput(String route, String what, Reply r, boolean mayOpen) {
    badInputs++;
    boolean clean =
        r.status() >= 400
            && r.status() < 500
            && !r.body().contains("Exception")
            && !r.body().contains("\tat ");
    if (clean || (mayOpen && r.status() == 200)) {
      handled++;
    } else {
      badInputFailures.add(
          route + " [" + what.substring(0, Math.min(what.length(), 80)) + "] -> " + r);
    }
  }

  // --- raw streaming GETs ----------------------------------------------------------------------

  /** A GET that may open an SSE stream: its status, and the stream or the error body. */
  private final class Opened implements AutoCloseable {
    private final int status;
    private final String body;
    private final InputStream stream;

    Opened(int status, String body, InputStream stream) {
      this.status = status;
      this.body = body;
      this.stream = stream;
    }

    int status() {
      return status;
    }

    boolean open() {
      return status == 200 && stream != null;
    }

    Reply reply() {
      return new Reply(status, body, null);
    }

    void lines(Consumer<String> each) {
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          each.accept(line);
        }
      } catch (IOException e) {
        // closed by the probe
      }
    }

    @Override
    public void close() {
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException e) {
          // already gone
        }
      }
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private Opened open(String pathAndQuery, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(gateway.base() + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<InputStream> response =
          streams.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() == 200
          && response.headers().firstValue("content-type").orElse("").startsWith("text/event")) {
        return new Opened(200, "(event stream)", response.body());
      }
      try (InputStream in = response.body()) {
        return new Opened(
            response.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
      }
    } catch (IOException e) {
      return new Opened(0, "connection closed: " + e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String describe(String[] credential) {
    if (credential.length == 0) {
      return "none";
    }
    String value = credential[1];
    return credential[0] + " " + (value.length() > 20 ? value.substring(0, 20) + "…" : value);
  }
}
