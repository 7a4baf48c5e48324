package dev.engram.realtime;

import static java.util.Objects.requireNonNull;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.event.EventBus;
import dev.engram.tenancy.event.PlatformEvent;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsRouting;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realtime gateway: a Helidon SE web server (virtual threads, no DI container) on a port of its
 * own, with {@code WS /ws} (seed 002's sync protocol), {@code GET /v1/stream/events} and {@code GET
 * /v1/stream/metrics} (SSE), {@code GET /health}, and for the operator {@code GET /prometheus} and
 * {@code GET /routes}. The API wires it inside its own process ({@code ./engram run}) or it runs
 * alone ({@code ./engram realtime}); either way it is handed the services it needs.
 */
public final class RealtimeGateway implements AutoCloseable {
  /**
   * The app id of an organization-wide scope (a console org admin's ticket): its SSE stream carries
   * the events of every app of the organization, each naming its {@code app_id}.
   */
  public static final String ORG_WIDE = "*";

  private static final Logger LOG = LoggerFactory.getLogger(RealtimeGateway.class);
  private static final io.helidon.http.HeaderName LAST_EVENT_ID =
      HeaderNames.create("Last-Event-ID");

  private final RealtimeConfig config;
  private final Hub hub;
  private final Credentials credentials;
  private final Tickets tickets;
  private final Optional<MetricsSource> metricsSource;
  private final Optional<Supplier<String>> prometheus;
  private final Optional<byte[]> operatorToken;
  private final Predicate<String> corsOrigins;
  private final AutoCloseable subscription;
  private final WebServer server;
  private final Thread maintenance;
  private final OutboxRelay relay;
  private volatile boolean running = true;

  private RealtimeGateway(Builder b) {
    this.config = requireNonNull(b.config, "config is null");
    Clock clock = requireNonNull(b.clock, "clock is null");
    SyncQueue queue =
        new SyncQueue(requireNonNull(b.dataSource, "dataSource is null"), config.queueLimit());
    this.tickets = new Tickets(b.dataSource, config.ticketTtl(), clock);
    RealtimeMetrics metrics = new RealtimeMetrics(requireNonNull(b.registry, "registry is null"));
    Outbox outbox = new Outbox(b.dataSource);
    this.hub =
        new Hub(
            config,
            queue,
            outbox,
            requireNonNull(b.bus, "bus is null"),
            requireNonNull(b.auth, "auth is null"),
            metrics,
            clock);
    this.credentials = new Credentials(b.auth, tickets);
    this.metricsSource = Optional.ofNullable(b.metricsSource);
    this.prometheus = Optional.ofNullable(b.prometheus);
    this.operatorToken =
        Optional.ofNullable(b.operatorToken)
            .filter(t -> !t.isBlank())
            .map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.corsOrigins = requireNonNull(b.corsOrigins, "corsOrigins is null");
    this.subscription = b.bus.subscribe(hub::offer);
    this.server =
        WebServer.builder()
            .host(config.host())
            .port(config.port())
            .shutdownHook(false)
            .addProtocol(
                WsConfig.builder()
                    .name("websocket")
                    .maxFrameLength(config.maxFrameBytes() * 2)
                    .build())
            .routing(this::routes)
            .addRouting(WsRouting.builder().endpoint("/ws", () -> new SyncSocket(hub, credentials)))
            .build()
            .start();
    this.maintenance = Thread.ofVirtual().name("engram-realtime-maintenance").start(this::maintain);
    // after the bus subscription: what the relay publishes comes back to this hub too
    this.relay = new OutboxRelay(outbox, hub, b.outboxGrace);
    LOG.info("realtime gateway listening on port {} (bus: {})", server.port(), b.bus.kind());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The port it listens on (the chosen one when configured with 0). */
  public int port() {
    return server.port();
  }

  /** The tickets of {@code POST /v1/realtime/tickets}. */
  public Tickets tickets() {
    return tickets;
  }

  /** What {@code /health} shows of the gateway. */
  public Map<String, Object> health() {
    Map<String, Object> out = new LinkedHashMap<>();
    boolean busUp = hub.bus.healthy();
    out.put("status", running && server.isRunning() && busUp ? "UP" : "DOWN");
    out.put("port", server.port());
    out.put("bus", hub.bus.kind());
    out.put("bus_up", busUp);
    out.put("websocket_connections", hub.metrics.wsConnections.get());
    out.put("sse_connections", hub.metrics.sseConnections.get());
    out.put("queued_events", hub.metrics.queueDepth.get());
    out.put("queue_limit", config.queueLimit());
    out.put("queue_retention", config.retention().toString());
    out.put("outbox_events", hub.outbox.depth());
    return out;
  }

  private void routes(HttpRouting.Builder routing) {
    RouteList list = new RouteList();
    routing
        .addFilter(RealtimeGateway::securityHeaders)
        .addFilter(this::cors)
        .options(list.add("OPTIONS", "/v1/stream/*", "CORS preflight"), this::preflight)
        .get(list.add("GET", "/health", "health"), this::healthRoute)
        .get(list.add("GET", "/ws", "WebSocket sync (upgrade)"), this::notUpgraded)
        .get(list.add("GET", "/v1/stream/events", "SSE events"), this::events)
        .get(list.add("GET", "/v1/stream/metrics", "SSE metrics"), this::metrics);
    prometheus.ifPresent(
        scrape ->
            routing.get(
                list.add("GET", "/prometheus", "Prometheus scrape (operator)"),
                (req, res) -> {
                  if (operatorRefused(req, res, "metrics")) {
                    return;
                  }
                  res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
                  res.send(scrape.get());
                }));
    routing.get(
        list.add("GET", "/routes", "route list (operator)"),
        (req, res) -> {
          if (!operatorRefused(req, res, "routes")) {
            json(res, Status.OK_200, Json.write(list.view()));
          }
        });
  }

  /** Answers 401 unless the request carries the operator token; true when it answered. */
  private boolean operatorRefused(ServerRequest req, ServerResponse res, String what) {
    if (isOperator(req)) {
      return false;
    }
    error(
        res,
        401,
        "operator_token_required",
        operatorToken.isEmpty()
            ? what + " are served only when engram.operator.token is set"
            : "send the operator token: 'Authorization: Bearer <engram.operator.token>'");
    return true;
  }

  /**
   * The headers every answer of the API carries too: no sniffing, no framing, no referrer, and a
   * policy under which nothing in an answer may load (the gateway serves data, never pages).
   */
  private static void securityHeaders(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    res.header("X-Frame-Options", "DENY");
    res.header("Referrer-Policy", "no-referrer");
    res.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    chain.proceed();
  }

  /**
   * CORS for the SSE paths, for the allowed origins only (the console's EventSource runs on the
   * API's origin, another port): the exact origin is echoed, never {@code *}, and no credentials
   * are allowed (a ticket in the URL authenticates). Other origins get no CORS headers, so their
   * browsers refuse to hand them the stream.
   */
  private void cors(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    if (req.path().path().startsWith("/v1/stream/")) {
      Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
      if (origin.isPresent()) {
        res.header(HeaderNames.VARY, "Origin");
        if (corsOrigins.test(origin.get())) {
          res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
        }
      }
    }
    chain.proceed();
  }

  /** Answers a CORS preflight (a reconnecting EventSource may send {@code Last-Event-ID}). */
  private void preflight(ServerRequest req, ServerResponse res) {
    if (req.headers().first(HeaderNames.ORIGIN).filter(corsOrigins).isPresent()) {
      res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET");
      res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Last-Event-ID, Cache-Control");
      res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
    }
    res.status(Status.NO_CONTENT_204).send();
  }

  /** A GET /ws the WebSocket upgrade refused: says why (401, 429) or that it must upgrade. */
  private void notUpgraded(ServerRequest req, ServerResponse res) {
    Optional<String> ticket = req.query().first("ticket").asOptional();
    if (ticket.isPresent()) {
      error(res, 401, "invalid_ticket", "the ticket is unknown, expired or already used");
      return;
    }
    Credentials.Result result = credentials.resolve(req.headers(), Optional.empty());
    if (result.refusal().isPresent()) {
      Credentials.Refusal r = result.refusal().get();
      error(res, r.status(), r.code(), r.message());
    } else if (!hub.reserve(result.scope().get().keyId())) {
      tooMany(res);
    } else {
      hub.release(result.scope().get().keyId());
      error(res, 426, "upgrade_required", "WS /ws is a WebSocket endpoint");
    }
  }

  private void events(ServerRequest req, ServerResponse res) throws InterruptedException {
    Optional<AppScope> scope = open(req, res);
    if (scope.isEmpty()) {
      return;
    }
    try {
      Set<String> topics = new LinkedHashSet<>();
      String asked = req.query().first("topics").orElse(TopicRules.ALL);
      for (String topic :
          Arrays.stream(asked.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()) {
        boolean implicit = !req.query().contains("topics");
        Optional<String> bad = TopicRules.checkSubscribe(topic, scope.get());
        if (bad.isPresent() && implicit) {
          // without a topics parameter: every topic the key may read
          topics.addAll(readable(scope.get()));
          break;
        }
        if (bad.isPresent()) {
          error(
              res,
              bad.get().startsWith("unknown") || bad.get().startsWith("a ") ? 400 : 403,
              bad.get().startsWith("unknown") || bad.get().startsWith("a ")
                  ? "invalid_field"
                  : "forbidden_topic",
              "topics: " + topic + ": " + bad.get(),
              "topics");
          return;
        }
        topics.add(topic);
      }
      if (topics.isEmpty() || topics.size() > TopicRules.MAX_TOPICS) {
        error(
            res,
            400,
            "invalid_field",
            "topics: 1 to " + TopicRules.MAX_TOPICS + " comma-separated topics",
            "topics");
        return;
      }
      SseStream stream = new SseStream(hub, scope.get(), Set.copyOf(topics));
      hub.opened(stream);
      try {
        Optional<String> last =
            req.headers()
                .first(LAST_EVENT_ID)
                .or(() -> req.query().first("last_event_id").asOptional());
        List<PlatformEvent> missed =
            last.map(id -> hub.after(scope.get(), id)).orElse(List.of()).stream()
                .filter(e -> TopicRules.matches(stream.topics(), e))
                .toList();
        topics.forEach(t -> hub.metrics.subscribed(t, 1));
        try {
          stream.run(res, missed);
        } finally {
          topics.forEach(t -> hub.metrics.subscribed(t, -1));
        }
      } finally {
        hub.closed(stream);
      }
    } finally {
      hub.release(scope.get().keyId());
    }
  }

  private static Set<String> readable(AppScope scope) {
    Set<String> topics = new LinkedHashSet<>();
    for (String t : List.of("memory", "tasks", "learning", "insights")) {
      if (TopicRules.checkSubscribe(t, scope).isEmpty()) {
        topics.add(t);
      }
    }
    return topics;
  }

  private void metrics(ServerRequest req, ServerResponse res) throws InterruptedException {
    if (metricsSource.isEmpty()) {
      error(res, 503, "metrics_unavailable", "this gateway has no metrics source");
      return;
    }
    Optional<AppScope> scope = open(req, res);
    if (scope.isEmpty()) {
      return;
    }
    try {
      if (!scope.get().allows(Scope.ANALYTICS_READ)) {
        error(res, 403, "insufficient_scope", "the stream needs the analytics:read scope");
        return;
      }
      if (Hub.isOrgWide(scope.get())) {
        error(
            res,
            403,
            "org_wide_ticket",
            "an organization-wide ticket opens GET /v1/stream/events only; metrics are per app");
        return;
      }
      Optional<String> toolId = req.query().first("tool_id").asOptional().filter(t -> !t.isBlank());
      if (toolId.isPresent() && !TopicRules.validServiceId(toolId.get())) {
        error(res, 400, "invalid_field", "tool_id: 1-64 of A-Z a-z 0-9 . _ -", "tool_id");
        return;
      }
      MetricsStream stream = new MetricsStream(hub, scope.get(), toolId, metricsSource.get());
      hub.openedMetrics(stream);
      try {
        long after = req.headers().first(LAST_EVENT_ID).flatMap(MetricsStream::parseId).orElse(0L);
        stream.run(res.sink(SseSink.TYPE), after);
      } finally {
        hub.closedMetrics(stream);
      }
    } finally {
      hub.release(scope.get().keyId());
    }
  }

  /** Authenticates an SSE request and takes a connection slot; answers the refusal otherwise. */
  private Optional<AppScope> open(ServerRequest req, ServerResponse res) {
    Credentials.Result result =
        credentials.resolve(req.headers(), req.query().first("ticket").asOptional());
    if (result.refusal().isPresent()) {
      Credentials.Refusal r = result.refusal().get();
      error(res, r.status(), r.code(), r.message());
      return Optional.empty();
    }
    if (!hub.reserve(result.scope().get().keyId())) {
      tooMany(res);
      return Optional.empty();
    }
    return result.scope();
  }

  private void tooMany(ServerResponse res) {
    res.header(HeaderNames.RETRY_AFTER, "5");
    error(
        res,
        429,
        "too_many_connections",
        "this API key holds " + config.maxConnectionsPerKey() + " connections, the most allowed");
  }

  private static void error(ServerResponse res, int status, String code, String message) {
    error(res, status, code, message, null);
  }

  private static void error(
      ServerResponse res, int status, String code, String message, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("code", code);
    body.put("message", message);
    body.put("field", field);
    body.put("request_id", null);
    json(res, Status.create(status), Json.write(Map.of("error", body)));
  }

  /** Everyone gets the status; the operator (engram.operator.token) gets the details too. */
  private void healthRoute(ServerRequest req, ServerResponse res) {
    Map<String, Object> details = health();
    Object body = isOperator(req) ? details : Map.of("status", details.get("status"));
    json(res, Status.OK_200, Json.write(body));
  }

  private boolean isOperator(ServerRequest req) {
    if (operatorToken.isEmpty()) {
      return false;
    }
    return req.headers()
        .first(HeaderNames.AUTHORIZATION)
        .filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(v -> v.substring(7).strip().getBytes(StandardCharsets.UTF_8))
        .map(presented -> MessageDigest.isEqual(presented, operatorToken.get()))
        .orElse(false);
  }

  private static void json(ServerResponse res, Status status, String body) {
    res.status(status);
    res.header(HeaderValues.CONTENT_TYPE_JSON);
    res.send(body);
  }

  /**
   * Checks keys of live connections, purges old queue rows and tickets, refreshes the depth gauge.
   */
  private void maintain() {
    while (running) {
      try {
        Thread.sleep(config.recheck().toMillis());
        Map<String, Boolean> active = new LinkedHashMap<>();
        for (Connection c : hub.connections()) {
          if (!active.computeIfAbsent(c.scope().keyId(), hub.auth::isActive)) {
            c.close(CloseCodes.REVOKED, "api_key_revoked", "the API key is no longer valid");
          }
        }
        hub.queue.purge(hub.clock.instant().minus(config.retention()));
        hub.metrics.dropped(
            "outbox_overflow",
            hub.outbox.trim(java.time.Instant.now().minus(config.retention()), Outbox.LIMIT));
        tickets.purge();
        hub.metrics.queueDepth.set(hub.queue.depth());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("realtime maintenance failed: {}", e.getMessage());
      }
    }
  }

  /** Queued events of every service, read now (for tests and /health). */
  public long queuedEvents() {
    long depth = hub.queue.depth();
    hub.metrics.queueDepth.set(depth);
    return depth;
  }

  @Override
  public void close() {
    running = false;
    maintenance.interrupt();
    // connections first (no publish after this), then the relay and the bus, then the inbox is
    // queued (what the relay had claimed but not handed over waits for its claim to expire)
    hub.closeConnections();
    relay.stop();
    try {
      subscription.close();
    } catch (Exception e) {
      LOG.debug("unsubscribe failed: {}", e.getMessage());
    }
    hub.stop();
    server.stop();
  }

  /** What the gateway is handed. */
  public static final class Builder {
    private RealtimeConfig config = RealtimeConfig.defaults();
    private DataSource dataSource;
    private EventBus bus;
    private Authenticator auth;
    private MeterRegistry registry;
    private Clock clock = Clock.systemUTC();
    private MetricsSource metricsSource;
    private Supplier<String> prometheus;
    private String operatorToken;
    private Predicate<String> corsOrigins = origin -> false;
    private java.time.Duration outboxGrace = OutboxRelay.GRACE;

    private Builder() {}

    /**
     * How old an outbox row must be before the relay sends it again (5 s): younger ones are still
     * on their way through the bus. Tests shorten it.
     */
    public Builder outboxGrace(java.time.Duration value) {
      this.outboxGrace = requireNonNull(value, "outboxGrace is null");
      return this;
    }

    /** Browser origins that may read the SSE streams cross-origin (none by default). */
    public Builder corsOrigins(Predicate<String> value) {
      this.corsOrigins = value;
      return this;
    }

    public Builder config(RealtimeConfig value) {
      this.config = value;
      return this;
    }

    /** The relational database holding the sync queues and tickets (migrations V4_*). */
    public Builder dataSource(DataSource value) {
      this.dataSource = value;
      return this;
    }

    public Builder bus(EventBus value) {
      this.bus = value;
      return this;
    }

    public Builder authenticator(Authenticator value) {
      this.auth = value;
      return this;
    }

    public Builder meterRegistry(MeterRegistry value) {
      this.registry = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder metricsSource(MetricsSource value) {
      this.metricsSource = value;
      return this;
    }

    /** Serves {@code GET /prometheus} on the gateway's port (when it runs alone). */
    public Builder prometheus(Supplier<String> value) {
      this.prometheus = value;
      return this;
    }

    /**
     * The operator's bearer token ({@code engram.operator.token}): {@code /prometheus} and the
     * details of {@code /health} are served only to a request carrying it. Unset: no metrics, and
     * {@code /health} shows only its status.
     */
    public Builder operatorToken(String value) {
      this.operatorToken = value;
      return this;
    }

    /** Starts the server; returns once it listens. */
    public RealtimeGateway start() {
      return new RealtimeGateway(this);
    }
  }
}
